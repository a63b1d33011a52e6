package io.ehc.identity;

import static io.ehc.support.Residents.aResidentOfChangsha;
import static io.ehc.support.Residents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.support.Api;
import io.ehc.support.PlatformIT;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

class ResidentRegistrationIT extends PlatformIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    long residents() {
        return jdbc.queryForObject("select count(*) from resident", Long.class);
    }

    @Test
    void registersAResidentAndAnswersMasked() {
        Map<String, Object> r = aResidentOfChangsha();
        Api.Response res = api.admin("POST", "/api/v1/residents", r);
        assertThat(res.status()).as(res.text()).isEqualTo(201);
        String doc = (String) r.get("documentNumber");
        assertThat(res.json().path("documentNumber").asString())
                .isEqualTo(doc.substring(0, 4) + "**********" + doc.substring(14));
        assertThat(res.text())
                .doesNotContain(doc)
                .doesNotContain((String) r.get("phone"))
                .doesNotContain((String) r.get("name"));
        assertThat(res.json().path("masterIndex").asString()).matches("[0-9A-F]{64}");
    }

    @Test
    void sealsPersonalDataAtRest() {
        Map<String, Object> r = aResidentOfChangsha();
        String mi = api.admin("POST", "/api/v1/residents", r)
                .json()
                .path("masterIndex")
                .asString();
        Map<String, Object> row = jdbc.queryForMap("select * from resident where master_index = ?", mi);
        String all = new String(concat(row), StandardCharsets.ISO_8859_1);
        for (String field : new String[] {"documentNumber", "phone", "name", "address"}) {
            String plain =
                    new String(((String) r.get(field)).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            assertThat(all).as(field).doesNotContain(plain);
        }
        Api.Response found = api.admin(
                "GET", "/api/v1/residents/by-document?documentType=01&documentNumber=" + r.get("documentNumber"), null);
        assertThat(found.json().path("masterIndex").asString()).isEqualTo(mi);
    }

    @Test
    void theSameDocumentTwiceGivesOneResident() {
        Map<String, Object> r = aResidentOfChangsha();
        Api.Response first = api.admin("POST", "/api/v1/residents", r);
        Api.Response second = api.admin("POST", "/api/v1/residents", r);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("alreadyRegistered").asBoolean()).isTrue();
        assertThat(second.json().path("masterIndex").asString())
                .isEqualTo(first.json().path("masterIndex").asString());
    }

    @Test
    void concurrentRegistrationsOfOneDocumentGiveOneResident() throws Exception {
        Map<String, Object> r = aResidentOfChangsha();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) calls.add(() -> api.admin("POST", "/api/v1/residents", r));
        List<String> ids = new ArrayList<>();
        for (Future<Api.Response> f : pool.invokeAll(calls)) {
            assertThat(f.get().status()).isIn(200, 201);
            ids.add(f.get().json().path("masterIndex").asString());
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(jdbc.queryForObject("select count(*) from resident where master_index = ?", Long.class, ids.get(0)))
                .isEqualTo(1);
    }

    @Test
    void refusesAnotherPersonsDocument() {
        Map<String, Object> r = aResidentOfChangsha();
        api.admin("POST", "/api/v1/residents", r);
        Api.Response res = api.admin("POST", "/api/v1/residents", with(r, "name", "冒名顶替"));
        assertThat(res.status()).isEqualTo(409);
        assertThat(res.code()).isEqualTo("3003");
    }

    @Test
    void refusesBadInputWithAProblemAndStoresNothing() {
        Map<String, Object> ok = aResidentOfChangsha();
        String doc = (String) ok.get("documentNumber");
        char check = doc.charAt(17);
        String wrongCheck = doc.substring(0, 17) + (check == '1' ? '2' : '1');
        Object[][] cases = {
            {with(ok, "documentNumber", wrongCheck), "1002", "documentNumber"},
            {with(ok, "documentNumber", "11010519491231002x"), "1002", "documentNumber"},
            {with(ok, "birthDate", "1980-02-30"), "1003", null},
            {with(ok, "homeRegion", "999999"), "1002", "homeRegion"},
            {with(ok, "homeRegion", "43x102"), "1002", "homeRegion"},
            {with(ok, "phone", "12345"), "1002", "phone"},
            {with(ok, "phone", "23912345678"), "1002", "phone"},
            {with(ok, "name", ""), "1001", "name"},
            {with(ok, "name", "张3"), "1002", "name"},
            {with(ok, "name", "张".repeat(51)), "1002", "name"},
            {with(ok, "sex", "1".equals(ok.get("sex")) ? "2" : "1"), "1002", "sex"},
            {with(ok, "birthDate", "1949-12-31"), "1002", "birthDate"},
            {with(ok, "documentType", "42"), "1002", "documentType"},
            {with(ok, "nationality", "77"), "1002", "nationality"},
        };
        long before = residents();
        for (Object[] c : cases) {
            Api.Response res = api.admin("POST", "/api/v1/residents", c[0]);
            assertThat(res.status()).as(res.text()).isEqualTo(400);
            assertThat(res.isProblem()).isTrue();
            assertThat(res.code()).as(res.text()).isEqualTo(c[1]);
            if (c[2] != null) assertThat(res.json().path("detail").asString()).startsWith((String) c[2]);
            assertThat(res.text())
                    .doesNotContain(doc.substring(6, 14))
                    .doesNotContain("Exception")
                    .doesNotContain("SQL");
        }
        assertThat(residents()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonAndUnauthenticatedCalls() {
        Api.Response bad = api.admin("POST", "/api/v1/residents", "{\"name\": ");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("1003");
        Api.Response anonymous = api.anonymous("POST", "/api/v1/residents", aResidentOfChangsha());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(anonymous.code()).isEqualTo("1005");
    }

    private static byte[] concat(Map<String, Object> row) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object v : row.values()) {
            if (v instanceof byte[] b) out.writeBytes(b);
            else if (v != null) out.writeBytes(v.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
