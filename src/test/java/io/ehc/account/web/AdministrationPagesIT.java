package io.ehc.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.ehc.support.Api;
import io.ehc.support.Browser;
import io.ehc.support.PlatformIT;
import io.ehc.support.StaffAccounts;
import io.ehc.support.StaffSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administration pages (管理后台) in a real browser, signed in as the configured administrator: institutions with
 * their errors in place, departments, a terminal whose secret is shown once and signs requests the API accepts, staff
 * accounts with the password rules in place, disabling an account, browsing regions; other roles refused; CSRF; no
 * accessibility violation. Screenshots: target/screenshots/admin-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationPagesIT extends PlatformIT {
    @LocalServerPort
    int port;

    Api api;
    String base;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        base = "http://localhost:" + port;
    }

    static LocatorAssertions expect(Locator l) {
        return PlaywrightAssertions.assertThat(l);
    }

    Page signedInAs(String username, String password, List<String> csp) {
        Page page = Browser.newPage(1366, 900);
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) csp.add(m.text());
        });
        page.navigate(base + "/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    Page administrator(List<String> csp) {
        Page page = signedInAs("admin", "test-admin-password", csp);
        page.waitForURL("**/admin/");
        return page;
    }

    static String aCode() {
        return "43" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    @Test
    void anAdministratorAddsAnInstitutionADepartmentAndATerminalWhoseSecretIsShownOnce() {
        List<String> csp = new ArrayList<>();
        Page page = administrator(csp);
        try {
            expect(page.locator("h1")).hasText("管理后台");
            expect(page.locator("#staff-name")).hasText("admin");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "admin-home");

            page.locator("#tile-institutions").click();
            page.waitForURL("**/admin/institutions");
            page.locator("#code").fill("abc");
            page.locator("#name").fill("测试管理医院");
            page.selectOption("#grade", "3");
            page.selectOption("#type", "HOSPITAL");
            page.selectOption("#region", "430102");
            page.locator("#create-institution").click();
            expect(page.locator("#err-code")).containsText("6–30");
            assertThat(page.locator("#code").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(page.locator("#name").inputValue())
                    .as("the form keeps what was typed")
                    .isEqualTo("测试管理医院");
            assertThat(page.locator("#region").inputValue()).isEqualTo("430102");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "admin-institution-error");

            String code = aCode();
            page.locator("#code").fill(code);
            page.locator("#create-institution").click();
            page.waitForURL("**/admin/institutions/" + code);
            expect(page.locator("#done")).containsText("测试管理医院");
            expect(page.locator("#institution-facts")).containsText("芙蓉区");

            page.locator("#deptCode").fill("12a");
            page.locator("#deptName").fill("门诊部");
            page.locator("#add-department").click();
            expect(page.locator("#err-deptCode")).hasText("科室代码须为 4 位数字");
            // From the keyboard: the code field, Tab to the name, Enter submits.
            page.locator("#deptCode").fill("");
            page.locator("#deptCode").focus();
            page.keyboard().type("0101");
            page.keyboard().press("Tab");
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("deptName");
            page.keyboard().press("Enter");
            expect(page.locator("#department-table")).containsText("门诊部");

            page.selectOption("#terminalDepartment", "0101");
            page.selectOption("#terminalChannel", "0100");
            page.locator("#terminalName").fill("1 号窗口");
            page.locator("#add-terminal").click();
            expect(page.locator("#new-secret")).isVisible();
            String keyId = page.locator("#new-key-id").textContent().strip();
            String secret = page.locator("#new-secret").textContent().strip();
            assertThat(keyId).startsWith("tk_");
            assertThat(secret).hasSizeGreaterThan(30);
            assertThat(page.locator("#new-terminal-id").textContent()).isEqualTo(code + "0101");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "admin-terminal-secret");

            page.reload();
            expect(page.locator("#terminal-table")).containsText(keyId);
            assertThat(page.locator("#new-secret").count())
                    .as("the secret is gone after a reload")
                    .isZero();
            assertThat(page.content()).doesNotContain(secret);

            // The secret shown on the page signs a request the terminal API accepts (a bad code, not a bad signature).
            Api.Response signed = api.terminal(keyId, secret)
                    .post("/api/terminal/v1/verify", Map.of("code", "not a health code", "careStep", "010101"));
            assertThat(signed.status()).as(signed.text()).isNotEqualTo(401);
            assertThat(signed.code()).isEqualTo("3001");
            Api.Response forged = api.terminal(keyId, secret + "x")
                    .post("/api/terminal/v1/verify", Map.of("code", "not a health code", "careStep", "010101"));
            assertThat(forged.status()).isEqualTo(401);

            page.locator("#terminal-table tr[data-key='" + keyId + "'] button").click();
            expect(page.locator("#done")).containsText(keyId);
            expect(page.locator("#terminal-table tr[data-key='" + keyId + "']")).containsText("已停用");
            Api.Response revoked = api.terminal(keyId, secret)
                    .post("/api/terminal/v1/verify", Map.of("code", "not a health code", "careStep", "010101"));
            assertThat(revoked.status()).isEqualTo(401);

            page.navigate(base + "/admin/institutions?grade=3&region=430100");
            expect(page.locator("#institutions")).containsText(code);
            page.navigate(base + "/admin/institutions?type=PHARMACY&region=430100");
            assertThat(page.locator("#institutions tr[data-code='" + code + "']")
                            .count())
                    .isZero();
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "admin-institutions");

            page.navigate(base + "/admin/institutions/" + code + "?lang=en");
            expect(page.locator("#terminals h2")).hasText("Terminals");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "admin-institution-en");
            page.navigate(base + "/admin/?lang=zh-CN");
            assertThat(csp).as("no content security policy violation").isEmpty();
        } finally {
            page.context().close();
        }
    }

    @Test
    void aDuplicateInstitutionCodeIsShownNextToTheCode() {
        String code = aCode();
        Api.Response first = api.admin(
                "POST",
                "/api/admin/institutions",
                Map.of("code", code, "name", "已有医院", "grade", 2, "type", "HOSPITAL", "region", "430102"));
        assertThat(first.status()).isEqualTo(201);
        Page page = administrator(new ArrayList<>());
        try {
            page.navigate(base + "/admin/institutions");
            page.locator("#code").fill(code);
            page.locator("#name").fill("重复医院");
            page.selectOption("#grade", "2");
            page.selectOption("#type", "HOSPITAL");
            page.selectOption("#region", "430102");
            page.locator("#create-institution").click();
            expect(page.locator("#err-code")).hasText("该机构代码已被使用");
        } finally {
            page.context().close();
        }
    }

    @Test
    void anAdministratorOpensAnAccountWithThePasswordRulesInPlaceThenDisablesIt() {
        List<String> csp = new ArrayList<>();
        Page page = administrator(csp);
        String username = "zhuzhou." + System.nanoTime() % 1_000_000;
        try {
            page.navigate(base + "/admin/accounts");
            page.locator("#username").fill(username);
            page.locator("#displayName").fill("株洲市卫健委");
            page.locator("#password").fill("weakpassword");
            page.locator("#role-REGULATOR").check();
            page.locator("#open-account").click();
            expect(page.locator("#err-password")).hasText("密码须至少包含小写字母、大写字母、数字、符号中的三类");
            assertThat(page.locator("#password").inputValue())
                    .as("a password is never shown back")
                    .isEmpty();
            assertThat(page.locator("#username").inputValue()).isEqualTo(username);
            assertThat(page.locator("#role-REGULATOR").isChecked()).isTrue();
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "admin-account-error");

            page.locator("#password").fill(StaffAccounts.PASSWORD);
            page.locator("#open-account").click();
            expect(page.locator("#err-region")).hasText("监管人员必须选择管辖区域");

            page.locator("#password").fill(StaffAccounts.PASSWORD);
            page.selectOption("#region", "430200");
            page.locator("#open-account").click();
            page.waitForURL("**/admin/accounts/" + username);
            expect(page.locator("#done")).containsText(username);
            expect(page.locator("#account-facts")).containsText("株洲市");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "admin-account");

            StaffSession regulator = new StaffSession(port);
            assertThat(regulator.signIn(username, StaffAccounts.PASSWORD)).isTrue();
            assertThat(regulator.landedOn).endsWith("/regulator/");

            page.locator("#newPassword").fill("short");
            page.locator("#reset-password").click();
            expect(page.locator("#err-newPassword")).hasText("密码须为 12–128 位");

            page.locator("#disable-account").click();
            expect(page.locator("#done")).containsText("已停用");
            expect(page.locator("#account-status")).hasText("已停用");
            assertThat(new StaffSession(port).signIn(username, StaffAccounts.PASSWORD))
                    .as("a disabled account cannot sign in")
                    .isFalse();
            Browser.screenshot(page, "admin-account-disabled");

            page.locator("#enable-account").click();
            expect(page.locator("#account-status")).hasText("正常");
            assertThat(new StaffSession(port).signIn(username, StaffAccounts.PASSWORD))
                    .isTrue();

            page.navigate(base + "/admin/accounts");
            expect(page.locator("#accounts tr[data-username='" + username + "']"))
                    .containsText("株洲市");
            page.locator("#username").fill(username);
            page.locator("#displayName").fill("重名");
            page.locator("#password").fill(StaffAccounts.PASSWORD);
            page.locator("#role-ADMIN").check();
            page.locator("#open-account").click();
            expect(page.locator("#err-username")).hasText("该用户名已被使用");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "admin-accounts");
            assertThat(csp).isEmpty();
        } finally {
            page.context().close();
        }
    }

    @Test
    void aStaffAccountIsBoundToAnInstitutionAndOneOfItsTerminals() {
        String code = aCode();
        assertThat(api.admin(
                                "POST",
                                "/api/admin/institutions",
                                Map.of(
                                        "code",
                                        code,
                                        "name",
                                        "窗口医院",
                                        "grade",
                                        2,
                                        "type",
                                        "HOSPITAL",
                                        "region",
                                        "430102"))
                        .status())
                .isEqualTo(201);
        api.admin("POST", "/api/admin/institutions/" + code + "/departments", Map.of("code", "0101", "name", "门诊"));
        String keyId = api.admin(
                        "POST",
                        "/api/admin/institutions/" + code + "/terminals",
                        Map.of("departmentCode", "0101", "channel", "0100", "name", "窗口"))
                .json()
                .path("terminal")
                .path("keyId")
                .asString();
        Page page = administrator(new ArrayList<>());
        String username = "clerk." + System.nanoTime() % 1_000_000;
        try {
            page.navigate(base + "/admin/accounts");
            page.locator("#username").fill(username);
            page.locator("#displayName").fill("窗口收费员");
            page.locator("#password").fill(StaffAccounts.PASSWORD);
            page.locator("#role-STAFF").check();
            page.selectOption("#institutionCode", code);
            page.locator("#terminalKeyId").fill("tk_0000000000000000");
            page.locator("#open-account").click();
            expect(page.locator("#err-terminalKeyId")).hasText("所选机构没有这个启用中的终端");

            page.locator("#password").fill(StaffAccounts.PASSWORD);
            page.locator("#terminalKeyId").fill(keyId);
            page.locator("#open-account").click();
            page.waitForURL("**/admin/accounts/" + username);
            expect(page.locator("#account-facts")).containsText("窗口医院");
            expect(page.locator("#account-facts")).containsText(keyId);
            StaffSession clerk = new StaffSession(port);
            assertThat(clerk.signIn(username, StaffAccounts.PASSWORD)).isTrue();
            assertThat(clerk.landedOn).endsWith("/counter/");
        } finally {
            page.context().close();
        }
    }

    @Test
    void regionsAreBrowsedFromProvinceToCountyAndSearchedAndAPopulationFigureIsSet() {
        Page page = administrator(new ArrayList<>());
        try {
            page.navigate(base + "/admin/regions");
            expect(page.locator("#regions tr[data-code='430000']")).containsText("湖南省");
            page.locator("#regions tr[data-code='430000'] a").click();
            page.waitForURL("**/admin/regions?code=430000");
            expect(page.locator("#regions tr[data-code='430100']")).containsText("长沙市");
            page.locator("#regions tr[data-code='430100'] a").click();
            page.waitForURL("**/admin/regions?code=430100");
            expect(page.locator("#regions tr[data-code='430102']")).containsText("芙蓉区");
            expect(page.locator("#current-population")).containsText("长沙市");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "admin-regions");

            page.locator("#q").fill("株洲");
            page.locator("#search-regions").click();
            expect(page.locator("#regions tr[data-code='430200']")).containsText("株洲市");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();

            // A population figure set on the page is the one coverage is measured against (a region no other test
            // uses).
            page.navigate(base + "/admin/regions?code=110101");
            page.locator("#population-count").fill("70万");
            page.locator("#population-year").fill("2020");
            page.locator("#population-source").fill("测试数据");
            page.locator("#save-population").click();
            expect(page.locator("#err-population")).hasText("请输入 1 到 2000000000 之间的整数");
            assertThat(page.locator("#population-source").inputValue()).isEqualTo("测试数据");
            page.locator("#population-count").fill("708829");
            page.locator("#save-population").click();
            page.waitForURL("**/admin/regions?code=110101");
            expect(page.locator("#done")).containsText("东城区");
            expect(page.locator("#current-population")).containsText("708,829");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "admin-population");
            var coverage = api.admin("GET", "/api/v1/statistics/coverage?region=110000", null)
                    .json()
                    .path("rows");
            assertThat(coverage.toString()).contains("110101").contains("708829");
        } finally {
            page.context().close();
        }
    }

    @Test
    void regulatorsAndStaffAreRefusedTheAdministrationPages() {
        for (String username : List.of(StaffAccounts.aRegulatorOf(api, "430000"), StaffAccounts.aClerk(api))) {
            Page page = signedInAs(username, StaffAccounts.PASSWORD, new ArrayList<>());
            try {
                for (String path : List.of("/admin/", "/admin/institutions", "/admin/accounts", "/admin/regions")) {
                    Response r = page.navigate(base + path);
                    assertThat(r.status()).as(username + " " + path).isEqualTo(403);
                    expect(page.locator("#forbidden")).containsText("无权打开此页面");
                }
                assertThat(Browser.accessibilityViolations(page)).isEmpty();
                Browser.screenshot(page, "admin-forbidden");
            } finally {
                page.context().close();
            }
            StaffSession s = new StaffSession(port);
            assertThat(s.signIn(username, StaffAccounts.PASSWORD)).isTrue();
            String code = aCode();
            var post = s.post(
                    "/admin/institutions",
                    Map.of(
                            "_csrf",
                            s.csrfToken(),
                            "code",
                            code,
                            "name",
                            "越权",
                            "grade",
                            "1",
                            "type",
                            "CLINIC",
                            "region",
                            "430102"));
            assertThat(post.statusCode()).isEqualTo(403);
            assertThat(api.admin("GET", "/api/admin/institutions/" + code, null).status())
                    .isEqualTo(404);
        }
    }

    @Test
    void aChangeWithoutTheSessionsCsrfTokenIsRefused() {
        Page page = administrator(new ArrayList<>());
        try {
            String code = aCode();
            Object status = page.evaluate(
                    "code => fetch('/admin/institutions', {method: 'POST', headers: {'Content-Type':"
                            + " 'application/x-www-form-urlencoded'}, body: 'code=' + code"
                            + " + '&name=x&grade=1&type=CLINIC&region=430102'}).then(r => r.status)",
                    code);
            assertThat(status).isEqualTo(403);
            assertThat(api.admin("GET", "/api/admin/institutions/" + code, null).status())
                    .isEqualTo(404);
            page.reload();
            assertThat(page.url()).as("still signed in").endsWith("/admin/");
        } finally {
            page.context().close();
        }
    }
}
