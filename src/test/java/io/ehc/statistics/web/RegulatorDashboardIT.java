package io.ehc.statistics.web;

import static io.ehc.support.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.ehc.support.Api;
import io.ehc.support.Browser;
import io.ehc.support.PlatformIT;
import io.ehc.support.Region;
import io.ehc.support.StaffAccounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The regulator dashboard in a real browser: sign-in, the figures shown equal the statistics API's for the same filters,
 * Chinese first and English on the switch, a city regulator limited to their city, lockout and CSRF, and no
 * accessibility violation. Screenshots: target/screenshots/login*.png, dashboard-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegulatorDashboardIT extends PlatformIT {
    @LocalServerPort
    int port;

    Api api;
    String base;
    String province;
    String city;

    @BeforeAll
    void aRegionWithUses() {
        api = new Api(port);
        base = "http://localhost:" + port;
        Region.Hospital changsha = Region.aHospital(api, "430124", 3, "0100");
        Region.Hospital zhuzhou = Region.aHospital(api, "430224", 1, "0402");
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < 3; i++) cards.add(aCard(i < 2 ? "430124" : "430224"));
        verify(changsha, code(cards.get(0), "dynamic"), "010101");
        verify(changsha, code(cards.get(1), "static"), "010105");
        verify(changsha, code(cards.get(2), "static"), "010104"); // cross-region: a Zhuzhou card in Changsha
        verify(zhuzhou, code(cards.get(2), "dynamic"), "010103");
        province = StaffAccounts.aRegulatorOf(api, "430000");
        city = StaffAccounts.aRegulatorOf(api, "430100");
    }

    String aCard(String county) {
        Api.Response r = api.admin("POST", "/api/v1/residents", aResident(county, true));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        Api.Response card = api.admin(
                "POST",
                "/api/v1/cards",
                Map.of("masterIndex", r.json().path("masterIndex").asString(), "channel", "0402"));
        assertThat(card.status()).as(card.text()).isEqualTo(201);
        return card.json().path("ehcId").asString();
    }

    String code(String ehcId, String type) {
        return api.admin("GET", "/api/v1/cards/" + ehcId + "/codes/" + type, null)
                .json()
                .path("text")
                .asString();
    }

    void verify(Region.Hospital h, String code, String careStep) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "careStep", careStep));
        Api.Response r = h.counter().post("/api/terminal/v1/verify", body);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    /** Opens a staff page, signs in on the form it is sent to, and waits until the dashboard has its figures. */
    Page signedIn(String username, List<String> cspViolations) {
        Page page = Browser.newPage(1366, 768);
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) cspViolations.add(m.text());
        });
        page.navigate(base + "/regulator/");
        assertThat(page.url()).endsWith("/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(StaffAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();
        page.waitForURL("**/regulator/");
        page.waitForSelector("main[data-loaded=true]");
        return page;
    }

    JsonNode adminFigure(String path, Page page) {
        String from = page.locator("main").getAttribute("data-from");
        String to = page.locator("main").getAttribute("data-to");
        String region = page.locator("main").getAttribute("data-region");
        String sep = path.contains("?") ? "&" : "?";
        Api.Response r = api.admin(
                "GET", "/api/v1/statistics/" + path + sep + "region=" + region + "&from=" + from + "&to=" + to, null);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    static long digits(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    @Test
    void aProvinceRegulatorSeesTheFiguresOfTheApiInChineseThenInEnglish() {
        List<String> csp = new ArrayList<>();
        Page page = signedIn(province, csp);
        try {
            assertThat(page.locator("h1").textContent()).contains("监管驾驶舱").contains("湖南省");
            JsonNode summary = adminFigure("summary", page).path("rows").get(0);
            for (String k : List.of("cardsIssuedToDate", "activeCards", "uses", "codeDisplays", "crossRegionUses")) {
                String shown = page.locator("#kpi-" + k).textContent();
                assertThat(digits(shown)).as(k).isEqualTo(summary.path(k).asLong());
            }
            assertThat(summary.path("uses").asLong())
                    .as("the test's own uses are counted")
                    .isGreaterThanOrEqualTo(4);
            assertThat(summary.path("crossRegionUses").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(Double.parseDouble(page.locator("#kpi-coverage").getAttribute("data-value")))
                    .isEqualTo(summary.path("coverage").asDouble());
            assertThat(page.locator("#kpi-coverage").textContent()).endsWith("%");

            // Institution adoption by grade: the table equals the API.
            for (JsonNode row : adminFigure("adoption/institutions", page).path("rows")) {
                var cells = page.locator("#table-institutions tr[data-grade='"
                        + row.path("grade").asInt() + "'] td");
                assertThat(digits(cells.nth(0).textContent()))
                        .isEqualTo(row.path("institutions").asLong());
                assertThat(digits(cells.nth(1).textContent()))
                        .isEqualTo(row.path("adopting").asLong());
            }
            // Uses per city: the table under the bars equals the API.
            JsonNode perCity = adminFigure("uses?groupBy=city", page);
            assertThat(perCity.path("rows").size()).isGreaterThanOrEqualTo(2);
            for (JsonNode row : perCity.path("rows")) {
                var cells = page.locator(
                        "#table-parts tr[data-region='" + row.path("key").asString() + "'] td");
                assertThat(digits(cells.nth(2).textContent()))
                        .as(row.path("key").asString())
                        .isEqualTo(row.path("uses").asLong());
            }
            // Eight services, one column per city of the province.
            assertThat(page.locator("#table-services tbody tr").count()).isEqualTo(8);
            assertThat(page.locator("#table-services thead th").count()).isGreaterThan(3);
            assertThat(page.locator("#csv-institutions").getAttribute("href")).contains("format=csv");
            assertThat(page.locator("canvas").count()).as("two charts drawn").isGreaterThanOrEqualTo(2);
            Browser.screenshot(page, "dashboard-zh");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();

            page.getByText("English").click();
            page.waitForSelector("main[data-loaded=true]");
            assertThat(page.locator("h1").textContent()).contains("Regulator dashboard");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            assertThat(digits(page.locator("#kpi-uses").textContent()))
                    .isEqualTo(summary.path("uses").asLong());
            assertThat(page.locator("#kpi-label-uses").textContent()).isEqualTo("Card uses");
            Browser.screenshot(page, "dashboard-en");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            assertThat(csp).as("no content security policy violation").isEmpty();
        } finally {
            page.context().close();
        }
    }

    @Test
    void aCityRegulatorSeesOnlyTheirCity() {
        List<String> csp = new ArrayList<>();
        Page page = signedIn(city, csp);
        try {
            assertThat(page.locator("h1 .scope").textContent()).isEqualTo("长沙市");
            List<String> options = page.locator("#f-region option").all().stream()
                    .map(o -> o.getAttribute("value"))
                    .toList();
            assertThat(options).contains("430100", "430124").allMatch(o -> o.startsWith("4301"));
            assertThat(page.locator("#table-parts tbody tr").all())
                    .isNotEmpty()
                    .allMatch(r -> r.getAttribute("data-region").startsWith("4301"));
            JsonNode summary = adminFigure("summary", page).path("rows").get(0);
            assertThat(digits(page.locator("#kpi-uses").textContent()))
                    .isEqualTo(summary.path("uses").asLong());
            Object status = page.evaluate("fetch('/api/v1/statistics/summary?region=430000').then(r => r.status)");
            assertThat(status).isEqualTo(403);
            Browser.screenshot(page, "dashboard-city");

            page.navigate(base + "/regulator/?region=430000");
            page.waitForSelector("main[data-loaded=true]");
            assertThat(page.locator("h1 .scope").textContent()).isEqualTo("长沙市");
            assertThat(page.getByRole(AriaRole.ALERT).first().textContent()).contains("无权查看");
            assertThat(csp).isEmpty();
        } finally {
            page.context().close();
        }
    }

    @Test
    void theSignInPageIsAccessibleAndShowsAWrongPasswordInPlace() {
        Page page = Browser.newPage(1366, 768);
        try {
            page.navigate(base + "/login");
            assertThat(page.locator("h1").textContent()).isEqualTo("工作人员登录");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "login-zh");
            page.getByLabel("用户名").fill(province);
            page.getByLabel("密码").fill("Not-The-Password-1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                    .click();
            page.waitForURL("**/login?error");
            assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("用户名或密码错误");
            assertThat(page.getByLabel("用户名").inputValue()).isEqualTo(province);
            assertThat(page.getByLabel("密码").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "login-error");

            page.getByText("English").click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Staff sign-in");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "login-en");
        } finally {
            page.context().close();
        }
    }

    @Test
    void theSixthAttemptAfterALockoutIsRefusedEvenWithTheRightPassword() {
        String victim = StaffAccounts.aRegulatorOf(api, "430100");
        Page page = Browser.newPage(1366, 768);
        try {
            for (int i = 0; i < 6; i++) {
                page.navigate(base + "/login");
                page.getByLabel("用户名").fill(victim);
                page.getByLabel("密码").fill(i < 5 ? "Wrong-Password-" + i : StaffAccounts.PASSWORD);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                        .click();
                page.waitForURL("**/login?error");
            }
            assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("用户名或密码错误");
            page.navigate(base + "/regulator/");
            assertThat(page.url()).endsWith("/login");
            Browser.screenshot(page, "login-locked");
        } finally {
            page.context().close();
        }
    }

    @Test
    void aPagePostWithoutTheCsrfTokenIsRefused() {
        Page page = signedIn(province, new ArrayList<>());
        try {
            Object without = page.evaluate("fetch('/logout', {method: 'POST'}).then(r => r.status)");
            assertThat(without).isEqualTo(403);
            page.reload();
            page.waitForSelector("main[data-loaded=true]");
            assertThat(page.url()).as("still signed in").endsWith("/regulator/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出登录"))
                    .click();
            page.waitForURL("**/login?logout");
            page.navigate(base + "/regulator/");
            assertThat(page.url()).endsWith("/login");
        } finally {
            page.context().close();
        }
    }
}
