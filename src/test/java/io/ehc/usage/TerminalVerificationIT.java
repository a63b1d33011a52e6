package io.ehc.usage;

import static io.ehc.support.Residents.aResidentOfChangsha;
import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.healthcode.domain.DynamicBlock;
import io.ehc.healthcode.domain.HealthCodeFormat;
import io.ehc.shared.Node;
import io.ehc.shared.crypto.KeyPurpose;
import io.ehc.shared.crypto.KeyRing;
import io.ehc.support.Api;
import io.ehc.support.PlatformIT;
import io.ehc.support.Region;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The terminal path end to end: scan, verify, learn the patient, leave a durable use record; and every refusal. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerminalVerificationIT extends PlatformIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KeyRing keys;

    @Autowired
    Node node;

    Api api;
    Api.TerminalClient counter;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        counter = Region.aHospitalWithCounter(api, "430105", 3, "0100");
    }

    /** A registered resident of Changsha with an active card; returns the EHC ID. */
    String aCardHolder() {
        String mi = api.admin("POST", "/api/v1/residents", aResidentOfChangsha())
                .json()
                .path("masterIndex")
                .asString();
        Api.Response card = api.admin("POST", "/api/v1/cards", Map.of("masterIndex", mi, "channel", "0402"));
        assertThat(card.status()).as(card.text()).isEqualTo(201);
        return card.json().path("ehcId").asString();
    }

    String dynamicCode(String ehcId) {
        return api.admin("GET", "/api/v1/cards/" + ehcId + "/codes/dynamic", null)
                .json()
                .path("text")
                .asString();
    }

    String staticCode(String ehcId) {
        return api.admin("GET", "/api/v1/cards/" + ehcId + "/codes/static", null)
                .json()
                .path("text")
                .asString();
    }

    Api.Response verify(String code) {
        return counter.post("/api/terminal/v1/verify", Map.of("code", code, "careStep", "010101", "scene", "0101012"));
    }

    long uses() {
        return jdbc.queryForObject("select count(*) from card_use", Long.class);
    }

    void assertRefused(Api.Response res, int status, String code) {
        assertThat(res.status()).as(res.text()).isEqualTo(status);
        assertThat(res.isProblem()).isTrue();
        assertThat(res.code()).as(res.text()).isEqualTo(code);
        assertThat(res.text()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void verifiesADynamicCodeAndRecordsTheUseDurably() {
        String ehcId = aCardHolder();
        Api.Response code = api.admin("GET", "/api/v1/cards/" + ehcId + "/codes/dynamic", null);
        assertThat(code.json().path("validSeconds").asInt()).isEqualTo(120);
        assertThat(code.json().path("text").asString())
                .startsWith(ehcId + ":0:")
                .endsWith("::" + node.issuerCode());
        Api.Response res = verify(code.json().path("text").asString());
        assertThat(res.status()).as(res.text()).isEqualTo(200);
        JsonNode j = res.json();
        assertThat(j.path("ehcId").asString()).isEqualTo(ehcId);
        assertThat(j.path("cardStatus").asString()).isEqualTo("ACTIVE");
        assertThat(j.path("maskedDocument").asString()).contains("**********");
        assertThat(j.path("age").asInt()).isBetween(20, 80);
        assertThat(j.path("crossRegion").asBoolean()).isFalse();
        assertThat(res.contentType()).startsWith("application/json");
        assertThat(j.propertyNames())
                .containsExactlyInAnyOrder(
                        "ehcId",
                        "codeType",
                        "cardStatus",
                        "cardKind",
                        "name",
                        "sex",
                        "age",
                        "documentType",
                        "maskedDocument",
                        "homeRegion",
                        "homeRegionName",
                        "crossRegion",
                        "useId",
                        "usedAt",
                        "terminalId",
                        "verificationNumber");
        assertThat(j.path("codeType").asString()).isEqualTo("0");
        assertThat(j.path("verificationNumber").asInt()).isEqualTo(1);
        assertThat(j.path("homeRegionName").asString()).isNotBlank();
        assertThat(java.time.Instant.parse(j.path("usedAt").asString())).isNotNull();
        Map<String, Object> use = jdbc.queryForMap(
                "select * from card_use where use_id = ?::uuid", j.path("useId").asString());
        assertThat(use.get("ehc_id")).isEqualTo(ehcId);
        assertThat(use.get("care_step")).isEqualTo("010101");
        assertThat(use.get("scene")).isEqualTo("0101012");
        assertThat(use.get("channel")).isEqualTo("0100");
        assertThat(use.get("use_city")).isEqualTo("430100");
        assertThat((String) use.get("terminal_id")).endsWith("0101");
    }

    @Test
    void marksUsesOutsideTheHomeCityAsCrossRegion() {
        Api.TerminalClient zhuzhou = Region.aHospitalWithCounter(api, "430202", 2, "0200");
        Api.Response res = zhuzhou.post(
                "/api/terminal/v1/verify", Map.of("code", staticCode(aCardHolder()), "careStep", "010103"));
        assertThat(res.status()).as(res.text()).isEqualTo(200);
        assertThat(res.json().path("crossRegion").asBoolean()).isTrue();
    }

    /**
     * The verify answer is written by the thread that made the use record durable, after the request thread has left
     * (DeferredAnswer): each concurrent request gets its own answer, complete, with the headers every API answer has.
     */
    @Test
    void answersConcurrentVerificationsEachWithItsOwnCompleteAnswer() throws Exception {
        int n = 24;
        String[] cards = new String[n];
        String[] codes = new String[n];
        for (int i = 0; i < n; i++) {
            cards[i] = aCardHolder();
            codes[i] = i % 2 == 0 ? staticCode(cards[i]) : dynamicCode(cards[i]);
        }
        long before = uses();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.List<java.util.concurrent.Future<Api.Response>> answers = new java.util.ArrayList<>();
            for (int round = 0; round < 3; round++)
                for (int i = 0; i < n; i++) {
                    String code = codes[i];
                    answers.add(pool.submit(() -> verify(code)));
                }
            for (int k = 0; k < answers.size(); k++) {
                Api.Response res = answers.get(k).get(30, java.util.concurrent.TimeUnit.SECONDS);
                int i = k % n;
                assertThat(res.status()).as(res.text()).isEqualTo(200);
                assertThat(res.json().path("ehcId").asString()).isEqualTo(cards[i]);
                assertThat(res.header("Content-Length")).isEqualTo(String.valueOf(res.body().length));
                assertThat(res.header("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(res.header("Cache-Control")).contains("no-store");
                Long stored = jdbc.queryForObject(
                        "select count(*) from card_use where use_id = ?::uuid and ehc_id = ?",
                        Long.class,
                        res.json().path("useId").asString(),
                        cards[i]);
                assertThat(stored).as("the answered use is stored").isEqualTo(1L);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(uses()).isEqualTo(before + 3L * n);
    }

    @Test
    void verifiesTheStaticCode() {
        String ehcId = aCardHolder();
        Api.Response res = verify(staticCode(ehcId));
        assertThat(res.status()).as(res.text()).isEqualTo(200);
        assertThat(res.json().path("codeType").asString()).isEqualTo("1");
        assertThat(verify(ehcId + ":1").status()).as("national static form").isEqualTo(200);
    }

    @Test
    void refusesTamperedExpiredReplayedAndForeignCodesAndRecordsNothing() {
        String ehcId = aCardHolder();
        String code = dynamicCode(ehcId);
        long before = uses();
        String block = code.split(":")[2];
        String tampered = ehcId + ":0:" + block.substring(0, 5) + (block.charAt(5) == 'A' ? 'B' : 'A')
                + block.substring(6) + "::" + node.issuerCode();
        assertRefused(verify(tampered), 422, "6001");
        assertRefused(verify(code.replace(ehcId, aCardHolder())), 422, "6001");
        assertRefused(verify("not a code"), 400, "3001");
        assertRefused(verify(code + "x"), 400, "3001");
        assertRefused(verify(code.replace("::" + node.issuerCode(), "::44000000001")), 422, "3007");
        assertRefused(verify("F".repeat(64) + ":1"), 404, "2008");
        String expired = HealthCodeFormat.dynamic(
                ehcId,
                DynamicBlock.seal(
                        keys.current(KeyPurpose.CODE).material(),
                        ehcId,
                        LocalDateTime.now(node.zone()).minusMinutes(5),
                        0),
                node.issuerCode());
        assertRefused(verify(expired), 422, "3004");
        String justInSkew = HealthCodeFormat.dynamic(
                ehcId,
                DynamicBlock.seal(
                        keys.current(KeyPurpose.CODE).material(),
                        ehcId,
                        LocalDateTime.now(node.zone()).minusSeconds(10),
                        0),
                node.issuerCode());
        assertThat(uses()).isEqualTo(before);
        assertThat(verify(justInSkew).status())
                .as("within the clock-skew tolerance")
                .isEqualTo(200);
        for (int i = 0; i < 5; i++) assertThat(verify(code).status()).isEqualTo(200);
        long afterFive = uses();
        assertRefused(verify(code), 422, "3006");
        assertThat(uses()).isEqualTo(afterFive);
        // counted by the use records, each keeping the code's expiry block (V22); no other row is written for it
        assertThat(jdbc.queryForObject("select count(*) from card_use where code_block = ?", Integer.class, block))
                .isEqualTo(5);
        assertThat(jdbc.queryForObject(
                        "select count(*) from code_verification where code_key = ?", Integer.class, block))
                .isZero();
    }

    @Test
    void refusesCodesOfLostFrozenAndCancelledCards() {
        String lost = aCardHolder();
        String lostCode = dynamicCode(lost);
        api.admin("POST", "/api/v1/cards/" + lost + "/report-loss", Map.of("reason", "phone lost"));
        assertRefused(verify(lostCode), 422, "2002");
        String frozen = aCardHolder();
        String frozenCode = staticCode(frozen);
        api.admin("POST", "/api/v1/cards/" + frozen + "/freeze", Map.of("reason", "investigation"));
        assertRefused(verify(frozenCode), 422, "2003");
        String cancelled = aCardHolder();
        String cancelledCode = dynamicCode(cancelled);
        api.admin("POST", "/api/v1/cards/" + cancelled + "/cancel", Map.of("reason", "resident request"));
        assertRefused(verify(cancelledCode), 422, "2001");
        assertRefused(api.admin("GET", "/api/v1/cards/" + cancelled + "/codes/dynamic", null), 422, "2001");
    }

    @Test
    void refusesEveryCodeIssuedBeforeAReissue() {
        String ehcId = aCardHolder();
        String oldDynamic = dynamicCode(ehcId);
        String oldStatic = staticCode(ehcId);
        api.admin("POST", "/api/v1/cards/" + ehcId + "/report-loss", null);
        Api.Response reissued = api.admin("POST", "/api/v1/cards/" + ehcId + "/reissue", Map.of("reason", "new phone"));
        assertThat(reissued.json().path("ehcId").asString()).isEqualTo(ehcId);
        assertThat(reissued.json().path("generation").asInt()).isEqualTo(1);
        assertRefused(verify(oldDynamic), 422, "3005");
        assertRefused(verify(oldStatic), 422, "3005");
        assertRefused(verify(ehcId + ":1"), 422, "3005");
        assertThat(verify(dynamicCode(ehcId)).status()).isEqualTo(200);
        assertThat(verify(staticCode(ehcId)).status()).isEqualTo(200);
    }

    @Test
    void refusesUnsignedBadlySignedStaleAndReplayedRequests() {
        String code = staticCode(aCardHolder());
        byte[] body = Api.JSON.writeValueAsBytes(Map.of("code", code, "careStep", "010101"));
        long before = uses();
        assertRefused(api.anonymous("POST", "/api/terminal/v1/verify", body), 401, "1009");
        long now = System.currentTimeMillis();
        assertRefused(
                counter.signed("POST", "/api/terminal/v1/verify", body, now, Api.nonce(), "wrong-secret"), 401, "1005");
        assertRefused(api.terminal("tk_unknown", "x").post("/api/terminal/v1/verify", body), 401, "1005");
        assertRefused(
                counter.signed("POST", "/api/terminal/v1/verify", body, now - 600_000, Api.nonce(), counter.secret()),
                401,
                "1007");
        assertRefused(
                counter.signed("POST", "/api/terminal/v1/verify", body, now + 600_000, Api.nonce(), counter.secret()),
                401,
                "1007");
        String nonce = Api.nonce();
        assertThat(counter.signed("POST", "/api/terminal/v1/verify", body, now, nonce, counter.secret())
                        .status())
                .isEqualTo(200);
        assertRefused(
                counter.signed("POST", "/api/terminal/v1/verify", body, now, nonce, counter.secret()), 401, "1008");
        assertThat(uses()).isEqualTo(before + 1);
    }

    @Test
    void refusesOversizedBodiesAndInvalidUtf8() {
        long before = uses();
        byte[] big =
                ("{\"code\":\"" + "A".repeat(70_000) + "\",\"careStep\":\"010101\"}").getBytes(StandardCharsets.UTF_8);
        assertRefused(
                counter.signed(
                        "POST",
                        "/api/terminal/v1/verify",
                        big,
                        System.currentTimeMillis(),
                        Api.nonce(),
                        counter.secret()),
                413,
                "1004");
        byte[] invalid = "{\"code\":\"\u00ff\",\"careStep\":\"010101\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(
                counter.signed(
                        "POST",
                        "/api/terminal/v1/verify",
                        invalid,
                        System.currentTimeMillis(),
                        Api.nonce(),
                        counter.secret()),
                400,
                "1003");
        assertRefused(
                counter.post("/api/terminal/v1/verify", Map.of("code", "x".repeat(300), "careStep", "010101")),
                400,
                "1002");
        assertRefused(
                counter.post(
                        "/api/terminal/v1/verify", Map.of("code", staticCode(aCardHolder()), "careStep", "999999")),
                400,
                "1002");
        assertRefused(counter.post("/api/terminal/v1/verify", Map.of("careStep", "010101")), 400, "1001");
        assertThat(uses()).isEqualTo(before);
    }

    @Test
    void refusesVerifyBodiesThatAreNotAVerifyRequest() {
        long before = uses();
        String path = "/api/terminal/v1/verify";
        String code = staticCode(aCardHolder());
        assertRefused(counter.post(path, "not json"), 400, "1003");
        assertRefused(counter.post(path, "[\"" + code + "\"]"), 400, "1003");
        assertRefused(counter.post(path, "null"), 400, "1003");
        assertRefused(counter.post(path, "{\"code\": \"" + code + "\", \"careStep\": "), 400, "1003");
        assertRefused(counter.post(path, "{\"code\": {\"a\": 1}, \"careStep\": \"010101\"}"), 400, "1003");
        assertRefused(counter.call("POST", path, null), 400, "1003");
        assertRefused(counter.post(path, Map.of("code", code, "careStep", "")), 400, "1001");
        byte[] body = ("{\"code\": \"" + code + "\", \"careStep\": \"010101\"}").getBytes(StandardCharsets.UTF_8);
        assertRefused(counter.postAs("text/plain", path, body), 415, "1415");
        assertRefused(counter.postAs("not a type", path, body), 415, "1415");
        assertThat(uses()).as("nothing recorded").isEqualTo(before);
        Api.Response ok = counter.postAs("application/json;charset=UTF-8", path, body);
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(uses()).isEqualTo(before + 1);
    }

    @Test
    void reportsUsesIdempotentlyByClientRecordId() {
        String ehcId = aCardHolder();
        String recordId = "HIS-" + Api.nonce();
        Map<String, Object> use = Map.of(
                "clientRecordId",
                recordId,
                "ehcId",
                ehcId,
                "usedAt",
                java.time.Instant.now().minusSeconds(3600).toString(),
                "careStep",
                "010105",
                "scene",
                "0101052");
        Api.Response first = counter.post("/api/terminal/v1/usage", use);
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        Api.Response again = counter.post("/api/terminal/v1/usage", use);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("duplicate").asBoolean()).isTrue();
        assertThat(again.json().path("useId").asString())
                .isEqualTo(first.json().path("useId").asString());
        assertThat(jdbc.queryForObject(
                        "select count(*) from card_use where client_record_id = ?", Long.class, recordId))
                .isEqualTo(1);
        Map<String, Object> changed = new java.util.HashMap<>(use);
        changed.put("careStep", "010103");
        changed.remove("scene");
        assertRefused(counter.post("/api/terminal/v1/usage", changed), 409, "4090");
        Map<String, Object> mismatched = new java.util.HashMap<>(use);
        mismatched.put("clientRecordId", "HIS-" + Api.nonce());
        mismatched.put("scene", "0101011");
        assertRefused(counter.post("/api/terminal/v1/usage", mismatched), 400, "1002");
    }

    @Test
    void keepsUseRecordsAppendOnly() {
        String ehcId = aCardHolder();
        assertThat(verify(staticCode(ehcId)).status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.update("update card_use set care_step = '000000' where ehc_id = ?", ehcId))
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.update("delete from card_use where ehc_id = ?", ehcId))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from card_use where ehc_id = ?", Long.class, ehcId))
                .isEqualTo(1);
    }

    @Test
    void letsAResidentsHistoryAndTheCountsBeRead() {
        String mi = api.admin("POST", "/api/v1/residents", aResidentOfChangsha())
                .json()
                .path("masterIndex")
                .asString();
        String ehcId = api.admin("POST", "/api/v1/cards", Map.of("masterIndex", mi, "channel", "0402"))
                .json()
                .path("ehcId")
                .asString();
        verify(staticCode(ehcId));
        verify(dynamicCode(ehcId));
        Api.Response history = api.admin("GET", "/api/v1/residents/" + mi + "/card-uses", null);
        assertThat(history.json().size()).isEqualTo(2);
        String from = java.time.Instant.now().minusSeconds(3600).toString();
        String to = java.time.Instant.now().plusSeconds(3600).toString();
        Api.Response counts =
                api.admin("GET", "/api/v1/usage/counts?groupBy=careStep&period=day&from=" + from + "&to=" + to, null);
        assertThat(counts.status()).as(counts.text()).isEqualTo(200);
        long total = jdbc.queryForObject(
                "select count(*) from card_use where used_at >= ?::timestamptz and used_at < ?::timestamptz",
                Long.class,
                from,
                to);
        assertThat(counts.json().path("total").asLong()).isEqualTo(total);
        assertRefused(
                api.admin("GET", "/api/v1/usage/counts?groupBy=password&from=" + from + "&to=" + to, null),
                400,
                "1002");
        assertRefused(
                counter.signed(
                        "GET",
                        "/api/v1/usage/counts?groupBy=all&from=" + from + "&to=" + to,
                        new byte[0],
                        System.currentTimeMillis(),
                        Api.nonce(),
                        counter.secret()),
                403,
                "1006");
    }

    @Test
    void countsVerificationResultsInPrometheus() {
        verify("garbage");
        String metrics = api.anonymous("GET", "/actuator/prometheus", null).text();
        assertThat(metrics).contains("ehc_healthcode_verifications_total{result=\"bad_code\"}");
        assertThat(metrics).contains("ehc_healthcode_verifications_total{result=\"accepted\"}");
    }

    @Test
    void keepsCodesInFlightValidAcrossAKeyRotation() {
        String ehcId = aCardHolder();
        String before = dynamicCode(ehcId);
        keys.rotate(KeyPurpose.CODE);
        keys.rotate(KeyPurpose.CODE_TAG);
        assertThat(verify(before).status()).isEqualTo(200);
        String after = dynamicCode(ehcId);
        assertThat(verify(after).status()).isEqualTo(200);
        assertThat(verify(staticCode(ehcId)).status()).isEqualTo(200);
    }

    @Test
    void theEmbeddedDatabaseFlushesEveryCommitToDisk() {
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
    }

    @Test
    void publishesTheApiDocumentAndHealth() {
        Api.Response docs = api.anonymous("GET", "/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text()).contains("/api/terminal/v1/verify");
        JsonNode verify =
                docs.json().path("paths").path("/api/terminal/v1/verify").path("post");
        assertThat(verify.path("requestBody").toString()).contains("VerifyRequest");
        assertThat(verify.path("responses").path("200").toString()).contains("VerifyResponse");
        assertThat(verify.path("parameters").toString()).doesNotContain("HttpServlet");
        assertThat(docs.json()
                        .path("components")
                        .path("schemas")
                        .path("VerifyResponse")
                        .path("properties")
                        .has("verificationNumber"))
                .isTrue();
        assertThat(api.anonymous("GET", "/actuator/health", null).text()).contains("UP");
    }

    @Test
    void servesQrImages() {
        String ehcId = aCardHolder();
        Api.Response png = api.admin("GET", "/api/v1/cards/" + ehcId + "/codes/static.png", null);
        assertThat(png.status()).isEqualTo(200);
        assertThat(Arrays.copyOf(png.body(), 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Api.Response svg = api.admin("GET", "/api/v1/cards/" + ehcId + "/codes/dynamic.svg", null);
        assertThat(svg.text()).startsWith("<svg");
    }
}
