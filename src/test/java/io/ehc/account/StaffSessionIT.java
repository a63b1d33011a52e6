package io.ehc.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.support.Api;
import io.ehc.support.PlatformIT;
import io.ehc.support.StaffAccounts;
import io.ehc.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Staff sign-in and the session: lockout, CSRF, session fixation, headers and cookies, and the statistics API scoped to
 * the regulator's region (a city regulator never receives the province's or another city's figures).
 */
class StaffSessionIT extends PlatformIT {
    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    StaffSession signedIn(String username) {
        StaffSession s = new StaffSession(port);
        assertThat(s.signIn(username, StaffAccounts.PASSWORD)).as(username).isTrue();
        return s;
    }

    static JsonNode json(HttpResponse<String> r) {
        return Api.JSON.readTree(r.body());
    }

    static void assertProblem(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(r).path("code").asString()).isEqualTo(code);
        assertThat(r.body()).doesNotContain("rows").doesNotContain("Exception");
    }

    @Test
    void aCityRegulatorSeesTheirCityAndCountiesOnly() {
        StaffSession city = signedIn(StaffAccounts.aRegulatorOf(api, "430100"));
        assertThat(city.landedOn).endsWith("/regulator/");

        HttpResponse<String> own = city.get("/api/v1/statistics/summary");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(json(own).path("region").asString())
                .as("defaults to their own region")
                .isEqualTo("430100");
        assertThat(city.get("/api/v1/statistics/uses?region=430124&groupBy=careStep")
                        .statusCode())
                .isEqualTo(200);
        assertThat(city.get("/api/v1/statistics/summary?region=430100&format=csv")
                        .statusCode())
                .isEqualTo(200);

        assertProblem(city.get("/api/v1/statistics/summary?region=430000"), 403, "6105");
        assertProblem(city.get("/api/v1/statistics/uses?region=430200&groupBy=city"), 403, "6105");
        assertProblem(city.get("/api/v1/statistics/cards?region=430224"), 403, "6105");
        assertProblem(city.get("/api/v1/statistics/adoption/services?region=430000"), 403, "6105");
        assertProblem(city.get("/api/v1/statistics/code-displays?region=430000&format=csv"), 403, "6105");
        assertProblem(city.get("/api/v1/statistics/summary?region=43"), 400, "1002");
    }

    @Test
    void aProvinceRegulatorSeesTheProvinceAndItsCitiesButNoOtherProvince() {
        StaffSession province = signedIn(StaffAccounts.aRegulatorOf(api, "430000"));
        assertThat(json(province.get("/api/v1/statistics/summary"))
                        .path("region")
                        .asString())
                .isEqualTo("430000");
        assertThat(province.get("/api/v1/statistics/summary?region=430200").statusCode())
                .isEqualTo(200);
        assertProblem(province.get("/api/v1/statistics/summary?region=440000"), 403, "6105");
        // The administrator (HTTP Basic, stateless) sees every region.
        Api.Response admin = api.admin("GET", "/api/v1/statistics/summary?region=440000", null);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.contentType()).startsWith("application/json");
    }

    @Test
    void institutionStaffAndAnonymousCallersGetNoFigures() {
        StaffSession clerk = signedIn(StaffAccounts.aClerk(api));
        assertThat(clerk.landedOn).endsWith("/counter/");
        assertProblem(clerk.get("/api/v1/statistics/summary"), 403, "1006");
        assertThat(clerk.get("/regulator/").statusCode()).isEqualTo(403);

        StaffSession nobody = new StaffSession(port);
        assertProblem(nobody.get("/api/v1/statistics/summary"), 401, "1005");
        assertThat(nobody.cookie())
                .as("an API call without a session creates none")
                .isEmpty();
        HttpResponse<String> page = nobody.get("/regulator/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void theSixthAttemptAfterFiveFailuresIsRefusedEvenWithTheRightPassword() {
        String name = StaffAccounts.aRegulatorOf(api, "430100");
        for (int i = 0; i < 5; i++) {
            StaffSession s = new StaffSession(port);
            assertThat(s.signIn(name, "Wrong-Password-" + i)).isFalse();
            assertThat(s.landedOn).endsWith("/login?error");
        }
        StaffSession sixth = new StaffSession(port);
        assertThat(sixth.signIn(name, StaffAccounts.PASSWORD)).isFalse();
        // The refusal is the same as for a username that does not exist.
        StaffSession unknown = new StaffSession(port);
        assertThat(unknown.signIn("no.such.user", StaffAccounts.PASSWORD)).isFalse();
        assertThat(sixth.landedOn).isEqualTo(unknown.landedOn);
        assertThat(sixth.get("/login?error").body()).contains("用户名或密码错误");
    }

    @Test
    void signInChangesTheSessionIdAndPagePostsNeedTheSessionsCsrfToken() {
        String name = StaffAccounts.aRegulatorOf(api, "430000");
        StaffSession s = new StaffSession(port);
        assertThat(s.signIn(name, StaffAccounts.PASSWORD)).isTrue();
        assertThat(s.cookieBeforeSignIn).isNotEmpty();
        assertThat(s.cookie()).as("session fixation protection").isNotEqualTo(s.cookieBeforeSignIn);

        assertProblem(s.post("/logout", Map.of()), 403, "6106");
        assertProblem(s.post("/logout", Map.of("_csrf", "forged-token")), 403, "6106");
        assertThat(s.get("/api/v1/statistics/summary").statusCode())
                .as("still signed in")
                .isEqualTo(200);

        // A sign-in form without the token is refused too (back to the form, nobody signed in).
        StaffSession noToken = new StaffSession(port);
        noToken.get("/login");
        HttpResponse<String> r = noToken.post("/login", Map.of("username", name, "password", StaffAccounts.PASSWORD));
        assertThat(r.headers().firstValue("Location").orElse("")).contains("/login?expired");
        assertThat(noToken.get("/api/v1/statistics/summary").statusCode()).isEqualTo(401);
    }

    @Test
    void logoutEndsTheSession() {
        StaffSession s = signedIn(StaffAccounts.aRegulatorOf(api, "430000"));
        String token = Api.JSON.readTree("\"\"").asString();
        String page = s.get("/regulator/").body();
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(page);
        assertThat(m.find()).as("the page carries the CSRF token for scripts").isTrue();
        token = m.group(1);
        HttpResponse<String> out = s.post("/logout", Map.of("_csrf", token));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertThat(s.get("/api/v1/statistics/summary").statusCode()).isEqualTo(401);
    }

    @Test
    void staffPagesSendStrictHeadersAndSecureCookiesWhileTheApiStaysStateless() {
        StaffSession s = new StaffSession(port);
        HttpResponse<String> login = s.get("/login");
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp)
                .contains("frame-ancestors 'none'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe-eval")
                .doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("X-Frame-Options").orElse("")).isEqualTo("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options").orElse(""))
                .isEqualTo("nosniff");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("EHC_SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");

        Api.Response basic = api.admin("GET", "/api/v1/statistics/summary", null);
        assertThat(basic.status()).isEqualTo(200);
        Api.Response withHeaders = api.send(
                "GET",
                "/api/v1/statistics/summary",
                Map.of(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes())),
                new byte[0]);
        assertThat(withHeaders.status()).isEqualTo(200);
    }

    @Test
    void theConfiguredAdministratorMaySignInToThePagesToo() {
        StaffSession s = new StaffSession(port);
        assertThat(s.signIn("admin", "test-admin-password")).isTrue();
        assertThat(s.landedOn).endsWith("/admin/");
        assertThat(s.get("/api/v1/statistics/summary?region=440000").statusCode())
                .isEqualTo(200);
        assertThat(new StaffSession(port).signIn("admin", "wrong-password")).isFalse();
    }
}
