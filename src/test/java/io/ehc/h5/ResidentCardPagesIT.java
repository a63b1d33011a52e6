package io.ehc.h5;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.ehc.support.Api;
import io.ehc.support.Browser;
import io.ehc.support.PlatformIT;
import io.ehc.support.Region;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The signed-in resident's card, family, history and settings pages on a phone, and nobody else's. */
class ResidentCardPagesIT extends PlatformIT {
    @LocalServerPort
    int port;

    String base() {
        return "http://localhost:" + port;
    }

    static String shownCode(Page page) {
        page.locator("#dynamic-code[data-code]").waitFor();
        return page.locator("#dynamic-code").getAttribute("data-code");
    }

    @Test
    void showsADynamicCodeWithACountdownThatRenewsItselfBeforeItExpires() throws InterruptedException {
        Api api = new Api(port);
        H5.Resident r = H5.withCard(api);
        Api.TerminalClient counter = Region.aHospitalWithCounter(api, "430102", 3, "0100");
        Page page = Browser.newPhonePage();
        try {
            H5.signInWithCode(page, base(), r.phone());
            String first = shownCode(page);
            assertThat(first).startsWith(r.ehcId() + ":0:");
            page.waitForFunction("() => /^[0-9]+$/.test(document.getElementById('countdown').textContent)");
            int left = Integer.parseInt(page.locator("#countdown").textContent());
            assertThat(left).isBetween(100, 120);
            assertThat((Boolean) page.evaluate("() => document.getElementById('qr-img').naturalWidth > 0"))
                    .isTrue();
            assertThat(H5.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "h5-card");

            // A reload within the code's validity shows the same code (no new code per visit).
            page.reload();
            assertThat(shownCode(page)).isEqualTo(first);

            // Within the refresh margin before expiry the page fetches a new code by itself. Instead of waiting about
            // 110 s the test widens the margin the script reads on its next one-second tick (codes carry their
            // expiry to the second, so it first lets a second pass).
            Thread.sleep(1100);
            page.evaluate("() => document.getElementById('dynamic-code').setAttribute('data-refresh', '1000')");
            page.waitForFunction(
                    "first => document.getElementById('dynamic-code').getAttribute('data-code') !== first", first);
            page.evaluate("() => document.getElementById('dynamic-code').setAttribute('data-refresh', '12')");
            String second = shownCode(page);
            assertThat(second).isNotEqualTo(first).startsWith(r.ehcId() + ":0:");
            Api.Response verified =
                    counter.post("/api/terminal/v1/verify", Map.of("code", second, "careStep", "010101"));
            assertThat(verified.status()).as(verified.text()).isEqualTo(200);

            // Codes carry their expiry to the second: one issued in the same second would be the same code.
            Thread.sleep(1100);
            page.locator("#refresh-code").click();
            page.waitForFunction(
                    "s => document.getElementById('dynamic-code').getAttribute('data-code') !== s", second);

            page.getByText("静态码").click();
            page.waitForURL("**/h5/card?code=static");
            page.waitForFunction("() => document.getElementById('static-img').naturalWidth > 0");
            Browser.screenshot(page, "h5-card-static");
        } finally {
            page.context().close();
        }
    }

    @Test
    void bindsAFamilyMemberRegistersANewbornAndShowsTheirCards() {
        Api api = new Api(port);
        H5.Resident owner = H5.withCard(api);
        H5.Resident spouse = H5.withCard(api);
        Page page = Browser.newPhonePage();
        try {
            H5.signInWithCode(page, base(), owner.phone());
            page.navigate(base() + "/h5/family");
            page.locator("#relation").selectOption("1");
            page.locator("#documentNumber").fill((String) spouse.form().get("documentNumber"));
            page.locator("#name").fill("不对的名字");
            page.locator("#add-member").click();
            assertThat(page.locator(".alert.danger").textContent()).contains("不一致");

            page.locator("#relation").selectOption("1");
            page.locator("#documentNumber").fill((String) spouse.form().get("documentNumber"));
            page.locator("#name").fill((String) spouse.form().get("name"));
            page.locator("#add-member").click();
            assertThat(page.locator(".alert.ok").textContent()).isEqualTo("已添加家庭成员。");

            page.locator("#babyName").fill("小明");
            page.locator("#babySex").selectOption("1");
            page.locator("#babyBirthDate").fill(LocalDate.now().minusDays(10).toString());
            page.locator("#certificate").fill("12345");
            page.locator("#add-newborn").click();
            assertThat(page.locator("#err-certificate").textContent()).isEqualTo("证件号码不正确，请核对");
            assertThat(page.locator("#babyName").inputValue()).isEqualTo("小明");

            page.locator("#certificate")
                    .fill("N" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999)));
            page.locator("#add-newborn").click();
            assertThat(page.locator(".alert.ok").textContent()).isEqualTo("新生儿已登记并申领电子健康卡。");
            assertThat(page.locator("#members > li").count()).isEqualTo(2);
            assertThat(page.locator("#members").textContent()).contains("小*", "配偶", "子");
            assertThat(H5.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "h5-family");

            page.locator("#members > li")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("小*"))
                    .getByText("出示电子健康卡")
                    .click();
            page.waitForURL("**/h5/members/*/card");
            assertThat(page.locator("#holder").textContent()).contains("小*");
            assertThat(shownCode(page)).contains(":0:");
            assertThat(page.locator(".people a").count()).isEqualTo(3);
            Browser.screenshot(page, "h5-member-card");

            page.locator(".people a").first().click();
            page.waitForURL("**/h5/card");
            assertThat(shownCode(page)).startsWith(owner.ehcId());
        } finally {
            page.context().close();
        }
    }

    @Test
    void reportsTheCardLostThenReissuesItAndTheOldCodesStopVerifying() {
        Api api = new Api(port);
        H5.Resident r = H5.withCard(api);
        Api.TerminalClient counter = Region.aHospitalWithCounter(api, "430102", 3, "0100");
        Page page = Browser.newPhonePage();
        try {
            H5.signInWithCode(page, base(), r.phone());
            String before = shownCode(page);

            page.locator("#report-lost").click();
            assertThat(page.locator("#err-lost").textContent()).isEqualTo("请先勾选确认。");
            assertThat(page.locator("#card-status").textContent()).isEqualTo("正常");
            page.locator("#confirm-lost").check();
            page.locator("#report-lost").click();
            assertThat(page.locator("#card-status").textContent()).isEqualTo("已挂失");
            assertThat(page.locator("#lost-notice").isVisible()).isTrue();
            assertThat(page.locator("#dynamic-code").count()).isZero();
            Browser.screenshot(page, "h5-card-lost");
            assertThat(counter.post("/api/terminal/v1/verify", Map.of("code", before, "careStep", "010101"))
                            .status())
                    .isNotEqualTo(200);

            page.locator("#reissue").click();
            assertThat(page.locator("#card-status").textContent()).isEqualTo("正常");
            assertThat(page.locator(".alert.ok").textContent()).isEqualTo("已补办，请出示新的二维码。");
            String after = shownCode(page);
            assertThat(after).isNotEqualTo(before).startsWith(r.ehcId() + ":0:");
            Browser.screenshot(page, "h5-card-reissued");
            assertThat(counter.post("/api/terminal/v1/verify", Map.of("code", after, "careStep", "010101"))
                            .status())
                    .isEqualTo(200);
            Api.Response old = counter.post("/api/terminal/v1/verify", Map.of("code", before, "careStep", "010101"));
            assertThat(old.status())
                    .as("codes shown before the reissue stay invalid")
                    .isNotEqualTo(200);
        } finally {
            page.context().close();
        }
    }

    @Test
    void showsWhereTheCardWasUsedAndWhichTerminalsScannedItsCodes() {
        Api api = new Api(port);
        H5.Resident r = H5.withCard(api);
        Region.Hospital hospital = Region.aHospital(api, "430102", 3, "0100");
        String code = api.admin("GET", "/api/v1/cards/" + r.ehcId() + "/codes/static", null)
                .json()
                .path("text")
                .asString();
        Api.Response verified =
                hospital.counter().post("/api/terminal/v1/verify", Map.of("code", code, "careStep", "010104"));
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        Api.Response scanned =
                hospital.counter().post("/api/terminal/v1/scan", Map.of("text", code, "purpose", "identify"));
        assertThat(scanned.status()).as(scanned.text()).isEqualTo(200);

        Page page = Browser.newPhonePage();
        try {
            H5.signInWithCode(page, base(), r.phone());
            page.locator(".tabbar").getByText("记录").click();
            page.waitForURL("**/h5/history");
            assertThat(page.locator("#uses > li").count()).isEqualTo(2);
            assertThat(page.locator("#uses").textContent()).contains("测试医院" + hospital.code(), "检查", "人工窗口");
            assertThat(H5.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "h5-history");

            page.getByText("扫码记录").click();
            page.waitForURL("**tab=scans");
            assertThat(page.locator("#scans > li").count()).isEqualTo(1);
            assertThat(page.locator("#scans").textContent())
                    .contains("测试医院" + hospital.code(), "电子健康卡二维码", "身份识别", "成功");
            assertThat(H5.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "h5-history-scans");
        } finally {
            page.context().close();
        }
    }

    @Test
    void refusesAnotherResidentsIdInTheUrlWithoutLeakingAnything() {
        Api api = new Api(port);
        H5.Resident me = H5.withCard(api);
        H5.Resident other = H5.withCard(api);
        Page page = Browser.newPhonePage();
        try {
            H5.signInWithCode(page, base(), me.phone());
            // My own ID works under the same URL pattern...
            Response mine = page.navigate(base() + "/h5/members/" + me.masterIndex() + "/card");
            assertThat(mine.status()).isEqualTo(200);
            // ...another resident's does not, whatever the page.
            for (String path : new String[] {
                "/h5/members/" + other.masterIndex() + "/card",
                "/h5/members/" + other.masterIndex() + "/card?code=static",
                "/h5/members/" + other.masterIndex() + "/codes/dynamic",
                "/h5/members/" + other.masterIndex() + "/codes/static.svg",
                "/h5/history?who=" + other.masterIndex(),
                "/h5/history?who=" + other.masterIndex() + "&tab=scans",
                "/h5/members/not-an-id/card"
            }) {
                Response res = page.navigate(base() + path);
                assertThat(res.status()).as(path).isEqualTo(404);
                String body = res.text();
                assertThat(body).as(path).doesNotContain(other.ehcId().substring(0, 6), other.ehcId());
                assertThat(body).as(path).doesNotContain(other.masterIndex().substring(0, 12) + "…");
            }
            Browser.screenshot(page, "h5-not-yours");
            page.navigate(base() + "/h5/card");
            Object status = page.evaluate(
                    "url => fetch(url, {method: 'POST', headers: {'X-CSRF-TOKEN': document.querySelector('meta[name=_csrf]').content}})"
                            + ".then(r => r.status)",
                    "/h5/members/" + other.masterIndex() + "/card/lost");
            assertThat(status).isEqualTo(404);
            assertThat(api.admin("GET", "/api/v1/cards/" + other.ehcId(), null)
                            .json()
                            .path("status")
                            .asString())
                    .isEqualTo("ACTIVE");
        } finally {
            page.context().close();
        }
    }

    @Test
    void changesThePhoneNumberWithACodeSentToTheNewNumber() {
        H5.Resident r = H5.withCard(new Api(port));
        String newPhone =
                "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Page page = Browser.newPhonePage();
        try {
            H5.signInWithCode(page, base(), r.phone());
            page.locator(".tabbar").getByText("设置").click();
            page.waitForURL("**/h5/settings");
            assertThat(H5.accessibilityViolations(page)).isEmpty();
            page.locator("#newPhone").fill("12345");
            page.locator("#send-phone-code").click();
            assertThat(page.locator("#err-newPhone").textContent()).contains("11位");
            page.locator("#newPhone").fill(newPhone);
            page.locator("#send-phone-code").click();
            assertThat(page.locator(".alert.ok").textContent()).contains("验证码已发送");
            page.locator("#phoneCode")
                    .fill("000000".equals(H5.latestCode(page, base(), newPhone)) ? "111111" : "000000");
            page.locator("#change-phone").click();
            assertThat(page.locator("#err-phoneCode").textContent()).isEqualTo("验证码错误或已过期");
            page.locator("#phoneCode").fill(H5.latestCode(page, base(), newPhone));
            page.locator("#change-phone").click();
            assertThat(page.locator(".alert.ok").textContent()).contains("手机号已更换");
            assertThat(page.locator("#current-phone").textContent())
                    .isEqualTo(io.ehc.shared.privacy.Mask.phone(newPhone));
            Browser.screenshot(page, "h5-settings");

            page.locator("#lang-en").click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Settings");
            page.navigate(base() + "/h5/card");
            assertThat(page.locator("#card-status").textContent()).isEqualTo("Active");
            Browser.screenshot(page, "h5-card-en");
            page.navigate(base() + "/h5/settings");
            page.locator("#logout").click();
            H5.signInWithCode(page, base(), newPhone);
        } finally {
            page.context().close();
        }
    }
}
