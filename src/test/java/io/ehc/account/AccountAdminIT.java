package io.ehc.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.support.Api;
import io.ehc.support.PlatformIT;
import io.ehc.support.StaffAccounts;
import io.ehc.support.StaffSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administration API of staff accounts: validation, conflicts, disabling and password resets. */
class AccountAdminIT extends PlatformIT {
    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    static Map<String, Object> account(String username, String password, List<String> roles, String region) {
        Map<String, Object> m = new HashMap<>();
        m.put("username", username);
        m.put("displayName", "株洲市卫健委");
        m.put("password", password);
        m.put("roles", roles);
        if (region != null) m.put("region", region);
        return m;
    }

    @Test
    void opensARegulatorAndAnswersItWithoutThePasswordHash() {
        String name = "zhuzhou.wjw" + System.nanoTime() % 100000;
        Api.Response r = api.admin(
                "POST", "/api/admin/accounts", account(name, "Zhuzhou-Regulator-1", List.of("regulator"), "430200"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.json().path("username").asString()).isEqualTo(name);
        assertThat(r.json().path("roles").get(0).asString()).isEqualTo("REGULATOR");
        assertThat(r.json().path("region").asString()).isEqualTo("430200");
        assertThat(r.json().path("regionName").asString()).isEqualTo("株洲市");
        assertThat(r.json().path("enabled").asBoolean()).isTrue();
        assertThat(r.text())
                .doesNotContain("argon2")
                .doesNotContain("Zhuzhou-Regulator-1")
                .doesNotContain("password");

        Api.Response list = api.admin("GET", "/api/admin/accounts", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains(name).doesNotContain("argon2");
        assertThat(api.admin("GET", "/api/admin/accounts/" + name, null).status())
                .isEqualTo(200);
    }

    @Test
    void refusesATakenUsernameWith6101() {
        String name = StaffAccounts.aRegulatorOf(api, "430100");
        Api.Response r = api.admin(
                "POST", "/api/admin/accounts", account(name, "Another-Regulator-2", List.of("REGULATOR"), "430100"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.code()).isEqualTo("6101");
        Api.Response admin = api.admin(
                "POST", "/api/admin/accounts", account("admin", "Another-Regulator-2", List.of("ADMIN"), null));
        assertThat(admin.code()).isEqualTo("6101");
    }

    @Test
    void validatesUsernamePasswordRegionAndRoleAsProblems() {
        String ok = "valid.name" + System.nanoTime() % 100000;
        Api.Response weak =
                api.admin("POST", "/api/admin/accounts", account(ok, "password", List.of("REGULATOR"), "430100"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.isProblem()).isTrue();
        assertThat(weak.code()).isEqualTo("6102");
        assertThat(weak.text()).doesNotContain("\"password\"").contains("password:");

        Api.Response badName = api.admin(
                "POST", "/api/admin/accounts", account("X!", "Zhuzhou-Regulator-1", List.of("REGULATOR"), "430100"));
        assertThat(badName.code()).isEqualTo("1002");
        assertThat(badName.json().path("detail").asString()).startsWith("username:");

        Api.Response unknownRegion = api.admin(
                "POST", "/api/admin/accounts", account(ok, "Zhuzhou-Regulator-1", List.of("REGULATOR"), "439999"));
        assertThat(unknownRegion.code()).isEqualTo("1002");
        assertThat(unknownRegion.json().path("detail").asString()).startsWith("region:");

        Api.Response noRegion = api.admin(
                "POST", "/api/admin/accounts", account(ok, "Zhuzhou-Regulator-1", List.of("REGULATOR"), null));
        assertThat(noRegion.code()).isEqualTo("6104");

        Api.Response badRole =
                api.admin("POST", "/api/admin/accounts", account(ok, "Zhuzhou-Regulator-1", List.of("KING"), null));
        assertThat(badRole.code()).isEqualTo("1002");

        Api.Response noRoles =
                api.admin("POST", "/api/admin/accounts", account(ok, "Zhuzhou-Regulator-1", List.of(), null));
        assertThat(noRoles.code()).isEqualTo("1001");
        assertThat(api.admin("GET", "/api/admin/accounts/" + ok, null).code())
                .as("nothing was stored")
                .isEqualTo("6103");
    }

    @Test
    void onlyTheAdministratorMayManageAccounts() {
        Api.Response anonymous = api.anonymous("GET", "/api/admin/accounts", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        // A regulator's session does not reach the administration API.
        String regulator = StaffAccounts.aRegulatorOf(api, "430000");
        StaffSession s = new StaffSession(port);
        assertThat(s.signIn(regulator, StaffAccounts.PASSWORD)).isTrue();
        assertThat(s.get("/api/admin/accounts").statusCode()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountCannotSignInAndAResetPasswordLiftsALock() {
        String name = StaffAccounts.aRegulatorOf(api, "430100");
        assertThat(api.admin("POST", "/api/admin/accounts/" + name + "/disable", null)
                        .json()
                        .path("enabled")
                        .asBoolean())
                .isFalse();
        assertThat(new StaffSession(port).signIn(name, StaffAccounts.PASSWORD)).isFalse();
        assertThat(api.admin("POST", "/api/admin/accounts/" + name + "/enable", null)
                        .status())
                .isEqualTo(200);
        assertThat(new StaffSession(port).signIn(name, StaffAccounts.PASSWORD)).isTrue();

        for (int i = 0; i < 5; i++)
            assertThat(new StaffSession(port).signIn(name, "Wrong-Password-" + i))
                    .isFalse();
        assertThat(api.admin("GET", "/api/admin/accounts/" + name, null)
                        .json()
                        .path("locked")
                        .asBoolean())
                .isTrue();
        assertThat(new StaffSession(port).signIn(name, StaffAccounts.PASSWORD))
                .as("locked")
                .isFalse();

        Api.Response weak = api.admin("PUT", "/api/admin/accounts/" + name + "/password", Map.of("password", "short"));
        assertThat(weak.code()).isEqualTo("6102");
        assertThat(api.admin(
                                "PUT",
                                "/api/admin/accounts/" + name + "/password",
                                Map.of("password", "Reset-Password-2026"))
                        .status())
                .isEqualTo(204);
        assertThat(new StaffSession(port).signIn(name, "Reset-Password-2026")).isTrue();
        assertThat(api.admin("POST", "/api/admin/accounts/nobody.here/disable", null)
                        .code())
                .isEqualTo("6103");
    }
}
