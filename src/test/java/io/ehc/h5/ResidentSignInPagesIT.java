package io.ehc.h5;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.ehc.support.Api;
import io.ehc.support.Browser;
import io.ehc.support.PlatformIT;
import io.ehc.support.Residents;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in to the resident pages on a phone: one-time code, password, sign-up with errors in place, lockouts. */
class ResidentSignInPagesIT extends PlatformIT {
    @LocalServerPort
    int port;

    String base() {
        return "http://localhost:" + port;
    }

    @Value("${server.servlet.session.cookie.name:JSESSIONID}")
    String sessionCookie;

    String sessionId(Page page) {
        return page.context().cookies().stream()
                .filter(c -> c.name.equals(sessionCookie))
                .map(c -> c.value)
                .findFirst()
                .orElse(null);
    }

    @Test
    void signsInWithACodeFromTheOutboxInChineseAndSignsOut() {
        H5.Resident r = H5.withCard(new Api(port));
        Page page = Browser.newPhonePage();
        try {
            page.navigate(base() + "/h5/");
            page.waitForURL("**/h5/signin");
            assertThat(page.locator("h1").textContent()).isEqualTo("登录");
            assertThat(H5.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "h5-signin");

            page.locator("#phone").fill(r.phone());
            page.locator("#send-code").click();
            assertThat(page.locator(".alert.ok").textContent()).contains("验证码已发送");
            String code = H5.latestCode(page, base(), r.phone());
            Page outbox = page.context().newPage();
            H5.showOutbox(outbox, base());
            assertThat(outbox.content()).doesNotContain(r.phone());
            Browser.screenshot(outbox, "h5-sms-outbox");
            outbox.close();

            page.locator("#code").fill(code.equals("000000") ? "111111" : "000000");
            page.locator("#signin-otp").click();
            assertThat(page.locator("#err-code").textContent()).isEqualTo("验证码错误或已过期");
            assertThat(page.locator("#code").getAttribute("aria-invalid")).isEqualTo("true");

            String before = sessionId(page);
            assertThat(before)
                    .as("the sign-in page already has a session (its CSRF token)")
                    .isNotNull();
            page.locator("#phone").fill(r.phone());
            page.locator("#code").fill(code);
            page.locator("#signin-otp").click();
            page.waitForURL("**/h5/card");
            assertThat(page.locator("#card-status").textContent()).isEqualTo("正常");
            assertThat(sessionId(page))
                    .as("a new session ID at sign-in")
                    .isNotNull()
                    .isNotEqualTo(before);

            page.navigate(base() + "/h5/settings");
            page.locator("#logout").click();
            page.waitForURL("**/h5/signin?out");
            page.navigate(base() + "/h5/card");
            page.waitForURL("**/h5/signin");
        } finally {
            page.context().close();
        }
    }

    @Test
    void setsAPasswordSignsInWithItAndLocksAfterFiveWrongOnes() {
        H5.Resident r = H5.withCard(new Api(port));
        Page page = Browser.newPhonePage();
        try {
            H5.signInWithCode(page, base(), r.phone());
            page.navigate(base() + "/h5/settings");
            page.locator("#password").fill("short");
            page.locator("#confirmPassword").fill("short");
            page.locator("#save-password").click();
            assertThat(page.locator("#err-password").textContent()).contains("8–64");
            page.locator("#password").fill("Health2026");
            page.locator("#confirmPassword").fill("Health2026");
            page.locator("#save-password").click();
            assertThat(page.locator(".alert.ok").textContent()).isEqualTo("密码已保存。");
            assertThat(page.locator("#password-state").textContent()).isEqualTo("已设置密码。");
            page.locator("#logout").click();
            page.waitForURL("**/h5/signin?out");

            page.navigate(base() + "/h5/signin?mode=password");
            page.locator("#phone").fill(r.phone());
            page.locator("#password").fill("Health2026");
            page.locator("#signin-password").click();
            page.waitForURL("**/h5/card");
            page.navigate(base() + "/h5/settings");
            page.locator("#logout").click();

            page.navigate(base() + "/h5/signin?mode=password");
            Browser.screenshot(page, "h5-signin-password");
            for (int i = 0; i < 5; i++) {
                page.locator("#phone").fill(r.phone());
                page.locator("#password").fill("Wrong" + i + "pass");
                page.locator("#signin-password").click();
            }
            assertThat(page.locator(".alert.danger").textContent()).contains("15分钟");
            page.locator("#phone").fill(r.phone());
            page.locator("#password").fill("Health2026");
            page.locator("#signin-password").click();
            assertThat(page.url())
                    .as("locked: even the right password is refused")
                    .contains("/h5/signin");
            assertThat(page.locator(".alert.danger").textContent()).contains("15分钟");

            // An unregistered number answers exactly like a registered one with a wrong password.
            page.locator("#phone").fill("13000000001");
            page.locator("#password").fill("Health2026");
            page.locator("#signin-password").click();
            String unknown = page.locator(".alert.danger").textContent();
            page.locator("#phone").fill(H5.withCard(new Api(port)).phone());
            page.locator("#password").fill("Health2026");
            page.locator("#signin-password").click();
            assertThat(page.locator(".alert.danger").textContent()).isEqualTo(unknown);
        } finally {
            page.context().close();
        }
    }

    @Test
    void fiveWrongCodesInvalidateTheCode() {
        H5.Resident r = H5.withCard(new Api(port));
        Page page = Browser.newPhonePage();
        try {
            page.navigate(base() + "/h5/signin");
            page.locator("#phone").fill(r.phone());
            page.locator("#send-code").click();
            String code = H5.latestCode(page, base(), r.phone());
            String wrong = code.equals("000000") ? "111111" : "000000";
            for (int i = 0; i < 5; i++) {
                page.locator("#phone").fill(r.phone());
                page.locator("#code").fill(wrong);
                page.locator("#signin-otp").click();
                assertThat(page.locator("#err-code").textContent()).isNotBlank();
            }
            page.locator("#phone").fill(r.phone());
            page.locator("#code").fill(code);
            page.locator("#signin-otp").click();
            assertThat(page.url()).contains("/h5/signin");
            assertThat(page.locator("#err-code").textContent()).isEqualTo("验证码错误或已过期");
        } finally {
            page.context().close();
        }
    }

    @Test
    void signsUpWithErrorsShownNextToEachFieldThenGetsACard() {
        Map<String, Object> good = Residents.aResidentOfChangsha();
        String phone = (String) good.get("phone");
        Page page = Browser.newPhonePage();
        try {
            page.navigate(base() + "/h5/signup");
            assertThat(H5.accessibilityViolations(page)).isEmpty();
            page.locator("#name").fill("张3");
            page.locator("#birthDate").fill("2099-01-01");
            page.locator("#documentNumber").fill("11010519491231002x");
            page.locator("#phone").fill("1234");
            page.locator("#signup-submit").click();
            assertThat(page.locator("#err-name").textContent()).contains("姓名");
            assertThat(page.locator("#err-sex").textContent()).isEqualTo("请填写此项");
            assertThat(page.locator("#err-birthDate").textContent()).isEqualTo("出生日期不能晚于今天");
            assertThat(page.locator("#err-documentNumber").textContent()).contains("证件号码");
            assertThat(page.locator("#err-phone").textContent()).contains("11位");
            assertThat(page.locator("#err-address").textContent()).isEqualTo("请填写此项");
            assertThat(page.locator("#err-homeRegion").textContent()).isEqualTo("请填写此项");
            assertThat(page.locator("#err-code").textContent()).isEqualTo("请填写此项");
            assertThat(page.locator("#name").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(page.locator("#name").inputValue()).as("values are kept").isEqualTo("张3");
            assertThat(H5.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "h5-signup-errors");

            // Every field valid on its own, but the birth date disagrees with the ID number.
            page.locator("#name").fill((String) good.get("name"));
            page.locator("#sex").selectOption((String) good.get("sex"));
            page.locator("#birthDate").fill("1990-02-03");
            page.locator("#documentNumber").fill((String) good.get("documentNumber"));
            page.locator("#homeRegion").selectOption((String) good.get("homeRegion"));
            page.locator("#address").fill((String) good.get("address"));
            page.locator("#phone").fill(phone);
            page.locator("#send-code").click();
            assertThat(page.locator(".alert.ok").textContent()).contains("验证码已发送");
            String code = H5.latestCode(page, base(), phone);
            page.locator("#code").fill(code);
            page.locator("#signup-submit").click();
            assertThat(page.locator("#err-birthDate").textContent()).isEqualTo("出生日期与身份证号码不一致");

            page.locator("#birthDate").fill((String) good.get("birthDate"));
            page.locator("#code").fill(code);
            page.locator("#signup-submit").click();
            page.waitForURL("**/h5/card?welcome");
            assertThat(page.locator("#card-status").textContent()).isEqualTo("正常");
            page.locator("#dynamic-code[data-code]").waitFor();
            Browser.screenshot(page, "h5-signup-done");
        } finally {
            page.context().close();
        }
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> res = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/h5/signin/password"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("phone=13900000000&password=whatever1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(res.body()).contains("请求被拒绝");
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/h5/signin")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-eval")
                .doesNotContain("unsafe-inline");
        assertThat(page.body()).contains("name=\"_csrf\"");
    }

    @Test
    void switchesToEnglishAndRemembersIt() {
        Page page = Browser.newPhonePage();
        try {
            page.navigate(base() + "/h5/signin");
            page.getByText("English").click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Sign in");
            page.navigate(base() + "/h5/signup");
            assertThat(page.locator("h1").textContent()).isEqualTo("Sign up and apply");
            page.locator("#signup-submit").click();
            assertThat(page.locator("#err-name").textContent()).isEqualTo("Please fill this in");
            assertThat(H5.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "h5-signup-en");
        } finally {
            page.context().close();
        }
    }
}
