package io.ehc.counter;

import static io.ehc.support.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import io.ehc.support.Api;
import io.ehc.support.Browser;
import io.ehc.support.FakeCamera;
import io.ehc.support.PlatformIT;
import io.ehc.support.Region;
import io.ehc.support.StaffAccounts;
import io.ehc.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The counter console in a real browser: a clerk bound to a counter terminal scans typed codes and sees the patient,
 * a refused code shows its code, registers a resident (errors in place, then a card pending review), issues a
 * temporary card, approves a pending card; a clerk without a terminal is told so, a regulator is refused, a post
 * without the CSRF token is refused; no accessibility violation. Screenshots: target/screenshots/counter-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterPagesIT extends PlatformIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String base;
    Region.Hospital hospital;
    String clerk;
    String ehcId;
    String masterIndex;
    Map<String, Object> resident;

    @BeforeAll
    void aHospitalWithAClerkAndAResident() {
        api = new Api(port);
        base = "http://localhost:" + port;
        hospital = Region.aHospital(api, "430124", 3, "0100");
        clerk = StaffAccounts.aCounterClerk(
                api, hospital.code(), hospital.counter().keyId());
        resident = aResident("430224", true); // a Zhuzhou resident: cross-region at a Changsha hospital
        Api.Response r = api.admin("POST", "/api/v1/residents", resident);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        masterIndex = r.json().path("masterIndex").asString();
        Api.Response card = api.admin("POST", "/api/v1/cards", Map.of("masterIndex", masterIndex, "channel", "0402"));
        assertThat(card.status()).as(card.text()).isEqualTo(201);
        ehcId = card.json().path("ehcId").asString();
    }

    Page signedIn(String username, String landing) {
        Page page = Browser.newPage(1366, 900);
        page.navigate(base + "/counter/");
        assertThat(page.url()).endsWith("/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(StaffAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();
        page.waitForURL("**" + landing);
        return page;
    }

    String code(String type) {
        return api.admin("GET", "/api/v1/cards/" + ehcId + "/codes/" + type, null)
                .json()
                .path("text")
                .asString();
    }

    void scan(Page page, String text) {
        page.locator("#text").fill(text);
        page.locator("#scan-submit").click();
        page.waitForSelector("#result, #refusal");
    }

    static void noViolations(Page page) {
        assertThat(Browser.accessibilityViolations(page)).isEmpty();
    }

    @Test
    void aClerkScansATypedStaticAndDynamicCodeAndSeesThePatient() {
        List<String> csp = new ArrayList<>();
        Page page = signedIn(clerk, "/counter/scan");
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) csp.add(m.text());
        });
        Response shown = page.navigate(base + "/counter/scan");
        assertThat(shown.headers().get("permissions-policy")).contains("camera=(self)");
        assertThat(page.locator("#ws-terminal").textContent()).isEqualTo(hospital.code() + "0101");
        assertThat(page.locator("#ws-institution").textContent()).contains(hospital.code());
        noViolations(page);

        scan(page, code("static"));
        assertThat(page.locator("#result").getAttribute("data-kind")).isEqualTo("HEALTH_CODE");
        assertThat(page.locator("#result-variant").textContent()).isEqualTo("静态码");
        assertThat(page.locator("#result-routed").textContent()).isEqualTo("健康码核验");
        assertThat(page.locator("#patient-name").textContent()).isEqualTo(resident.get("name"));
        String document = page.locator("#patient-document").textContent();
        String number = (String) resident.get("documentNumber");
        assertThat(document).doesNotContain(number).contains(number.substring(0, 4) + "**********");
        assertThat(page.locator("#patient-card").getAttribute("data-status")).isEqualTo("ACTIVE");
        assertThat(page.locator("#patient-cross").getAttribute("data-cross")).isEqualTo("true");
        assertThat(page.locator("#result-carduse").textContent()).contains("其他");
        noViolations(page);

        // As a scanner gun does: the code typed into the focused field, then Enter.
        page.locator("#purpose").selectOption("register");
        page.locator("#text").focus();
        page.keyboard().type(code("dynamic"));
        page.keyboard().press("Enter");
        page.waitForSelector("#result-carduse:has-text('挂号')");
        assertThat(page.locator("#result-variant").textContent()).isEqualTo("动态码");
        assertThat(page.locator("#patient-name").textContent()).isEqualTo(resident.get("name"));
        assertThat(page.locator("#result-carduse").textContent()).contains("挂号");
        Browser.screenshot(page, "counter-scan");

        // The card use was recorded under the clerk's terminal, as a signed terminal scan would be.
        JsonNode uses = api.admin("GET", "/api/v1/residents/" + masterIndex + "/card-uses", null)
                .json();
        assertThat(uses.toString()).contains(hospital.code() + "0101");
        // ... and each scan left the scan audit record of that terminal, as the terminal API does.
        assertThat(jdbc.queryForObject(
                        "select count(*) from scan_audit where terminal_id = ? and ehc_id = ? and outcome = 'OK'",
                        Integer.class,
                        hospital.code() + "0101",
                        ehcId))
                .isGreaterThanOrEqualTo(2);

        page.navigate(base + "/counter/scan?lang=en");
        assertThat(page.locator("h1").textContent()).isEqualTo("Scan");
        page.navigate(base + "/counter/scan?lang=zh-CN");
        assertThat(csp).isEmpty();
        page.context().close();
    }

    @Test
    void theCameraReadsAQrCodeAndTheScanShowsThePatient() {
        String staticCode = code("static");
        try (FakeCamera.Camera camera = FakeCamera.browserWithCamera(FakeCamera.videoOf(staticCode))) {
            readsTheCode(camera.page(), null);
        }
    }

    @Test
    void aCameraThatDoesNotLetGoStillSubmitsTheCodeItRead() {
        try (FakeCamera.Camera camera = FakeCamera.browserWithCamera(FakeCamera.videoOf(code("static")))) {
            readsTheCode(
                    camera.page(),
                    "() => { window.__Html5QrcodeLibrary__.Html5Qrcode.prototype.stop = () => new Promise(() => {}); }");
        }
    }

    /** Signs in, opens the camera (after running {@code beforeOpening} in the page, if any) and expects the patient. */
    private void readsTheCode(Page page, String beforeOpening) {
        List<String> csp = new ArrayList<>();
        List<String> console = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) csp.add(m.text());
            console.add(m.type() + ": " + m.text());
        });
        page.onPageError(console::add);
        page.onResponse(r -> {
            if (r.status() >= 400) console.add(r.status() + " " + r.url());
        });
        page.navigate(base + "/counter/scan");
        page.getByLabel("用户名").fill(clerk);
        page.getByLabel("密码").fill(StaffAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();
        page.waitForURL("**/counter/scan");
        Locator toggle = page.locator("#camera-toggle");
        assertThat(toggle.isVisible()).as("the page offers the camera").isTrue();
        if (beforeOpening != null) page.evaluate(beforeOpening);
        toggle.click();
        // The page decodes frames in script (html5-qrcode, 10 a second): half a second on this machine, four
        // seconds with a tenth of a core. A run that gets no answer says what the page showed and what the browser
        // said.
        try {
            page.waitForSelector("#result, #refusal", new Page.WaitForSelectorOptions().setTimeout(90_000));
        } catch (TimeoutError e) {
            Browser.screenshot(page, "counter-scan-camera-no-answer");
            throw new AssertionError(
                    "no answer 90 s after the camera was opened; camera status: \""
                            + page.locator("#camera-status").textContent() + "\", video in the reader: "
                            + page.locator("#reader video").count() + ", console: " + console,
                    e);
        }
        assertThat(page.locator("#refusal").count())
                .as(() -> "the code read by the camera was refused: "
                        + page.locator("#refusal").textContent().strip())
                .isZero();
        assertThat(page.locator("#result").getAttribute("data-kind")).isEqualTo("HEALTH_CODE");
        assertThat(page.locator("#result-variant").textContent()).isEqualTo("静态码");
        assertThat(page.locator("#patient-name").textContent()).isEqualTo(resident.get("name"));
        Browser.screenshot(page, "counter-scan-camera");
        assertThat(csp).isEmpty();
    }

    @Test
    void aRefusedCodeShowsItsCode() {
        Page page = signedIn(clerk, "/counter/scan");
        scan(page, "hello, not a code");
        assertThat(page.locator("#refusal-code").textContent()).isEqualTo("3101");
        assertThat(page.locator("#refusal-message").textContent()).isEqualTo("无法识别的码。");
        assertThat(jdbc.queryForObject(
                        "select count(*) from scan_audit where terminal_id = ? and kind = 'UNKNOWN' and outcome = '3101'",
                        Integer.class,
                        hospital.code() + "0101"))
                .as("a refused scan is audited too")
                .isGreaterThanOrEqualTo(1);
        scan(page, "134567890123456700"); // a WeChat Pay payment code cannot identify a patient
        assertThat(page.locator("#refusal").getAttribute("data-code")).isIn("3102", "2008");
        Browser.screenshot(page, "counter-scan-refused");
        noViolations(page);
        page.context().close();
    }

    @Test
    void registersAResidentWithErrorsInPlaceThenACardPendingReviewThatIsApproved() {
        Page page = signedIn(clerk, "/counter/scan");
        page.navigate(base + "/counter/register");
        noViolations(page);
        page.locator("#documentNumber").fill("11010519491231002Y");
        page.locator("#phone").fill("12345");
        page.locator("#register-submit").click();
        page.waitForSelector("#err-name:not(:empty)");
        assertThat(page.locator("#err-name").textContent()).isEqualTo("请填写此项");
        assertThat(page.locator("#err-documentNumber").textContent()).isNotEmpty();
        assertThat(page.locator("#err-phone").textContent()).isEqualTo("请输入11位中国大陆手机号");
        assertThat(page.locator("#name").getAttribute("aria-invalid")).isEqualTo("true");
        Browser.screenshot(page, "counter-register-errors");
        noViolations(page);

        String passport = "E" + (10_000_000 + System.nanoTime() % 89_999_999);
        page.locator("#name").fill("李雷");
        page.locator("#sex").selectOption("1");
        page.locator("#birthDate").fill("1990-05-17");
        page.locator("#documentType").selectOption("03");
        page.locator("#documentNumber").fill(passport);
        page.locator("#homeRegion").selectOption("430124");
        page.locator("#phone").fill("13912345678");
        page.locator("#address").fill("长沙市岳麓区麓山南路1号");
        page.locator("#register-submit").click();
        page.waitForSelector("#issued");
        assertThat(page.locator("#issued-status").getAttribute("data-status")).isEqualTo("PENDING_REVIEW");
        String pending = page.locator("#issued-ehcid").textContent();
        assertThat(page.locator("#issued").textContent()).contains("李*").doesNotContain("李雷");
        Browser.screenshot(page, "counter-register");

        page.navigate(base + "/counter/pending");
        Locator row = page.locator("li[data-ehcid='" + pending + "']");
        assertThat(row.textContent()).contains("李雷").doesNotContain(passport);
        noViolations(page);
        Browser.screenshot(page, "counter-pending");
        row.locator("button.reject").click();
        page.waitForSelector("p.error:not(:empty)");
        row = page.locator("li[data-ehcid='" + pending + "']");
        assertThat(row.locator("p.error").textContent()).isEqualTo("请填写此项");
        row.locator("input[name=reason]").first().fill("证件核验无误");
        row.locator("button.approve").click();
        page.waitForSelector("p.alert.ok");
        assertThat(page.locator("li[data-ehcid='" + pending + "']").count()).isZero();

        JsonNode card = api.admin("GET", "/api/v1/cards/" + pending, null).json();
        assertThat(card.path("status").asString()).isEqualTo("ACTIVE");
        JsonNode history =
                api.admin("GET", "/api/v1/cards/" + pending + "/history", null).json();
        String text = history.toString();
        assertThat(text).contains("APPROVED").contains("staff:" + clerk).contains("证件核验无误");
        page.context().close();
    }

    @Test
    void issuesATemporaryCard() {
        Page page = signedIn(clerk, "/counter/scan");
        page.navigate(base + "/counter/temporary");
        page.locator("#temporary-submit").click();
        page.waitForSelector("#err-name:not(:empty)");
        assertThat(page.locator("#err-birthDate").textContent()).isEqualTo("请填写此项");
        page.locator("#name").fill("无名氏");
        page.locator("#sex").selectOption("9");
        page.locator("#birthDate").fill("1950-01-01");
        page.locator("#homeRegion").selectOption("430124");
        page.locator("#temporary-submit").click();
        page.waitForSelector("#issued");
        assertThat(page.locator("#issued-status").getAttribute("data-status")).isEqualTo("ACTIVE");
        String temporary = page.locator("#issued-ehcid").textContent();
        assertThat(api.admin("GET", "/api/v1/cards/" + temporary, null)
                        .json()
                        .path("kind")
                        .asString())
                .isEqualTo("TEMPORARY");
        noViolations(page);
        Browser.screenshot(page, "counter-temporary");
        page.context().close();
    }

    @Test
    void aClerkWithoutATerminalIsToldSo() {
        Page page = signedIn(StaffAccounts.aClerk(api), "/counter/scan");
        assertThat(page.locator("#unbound").getAttribute("data-missing")).isEqualTo("NO_TERMINAL");
        assertThat(page.locator("#unbound").textContent()).contains("没有绑定窗口终端");
        page.navigate(base + "/counter/register");
        assertThat(page.locator("#unbound").count()).isEqualTo(1);
        noViolations(page);
        Browser.screenshot(page, "counter-unbound");
        page.context().close();
    }

    @Test
    void aRegulatorIsRefusedAndAPostWithoutTheCsrfTokenIsRefused() {
        StaffSession regulator = new StaffSession(port);
        assertThat(regulator.signIn(StaffAccounts.aRegulatorOf(api, "430000"), StaffAccounts.PASSWORD))
                .isTrue();
        assertThat(regulator.get("/regulator/").headers().firstValue("Permissions-Policy"))
                .as("only the counter pages may use the camera")
                .hasValue("camera=(), microphone=(), geolocation=()");
        HttpResponse<String> refused = regulator.get("/counter/scan");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body())
                .as("a client that asks for no HTML gets the problem document")
                .contains("1006");

        StaffSession staff = new StaffSession(port);
        assertThat(staff.signIn(clerk, StaffAccounts.PASSWORD)).isTrue();
        assertThat(staff.landedOn).endsWith("/counter/");
        HttpResponse<String> noToken =
                staff.post("/counter/scan", Map.of("text", code("static"), "purpose", "identify"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("6106");
        HttpResponse<String> noTokenApprove =
                staff.post("/counter/pending/" + ehcId + "/approve", Map.of("reason", "x"));
        assertThat(noTokenApprove.statusCode()).isEqualTo(403);

        // With the token, a card that is not pending at the clerk's institution cannot be approved.
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(staff.get("/counter/pending").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> notHere =
                staff.post("/counter/pending/" + ehcId + "/approve", Map.of("reason", "x", "_csrf", token.group(1)));
        assertThat(notHere.statusCode()).isEqualTo(200);
        assertThat(notHere.body()).contains("该卡已不在本机构的待审核列表中");
        assertThat(api.admin("GET", "/api/v1/cards/" + ehcId + "/history", null).text())
                .doesNotContain("APPROVED");
    }
}
