package io.ehc.scan;

import static io.ehc.support.Residents.aResidentOfChangsha;
import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.certificate.TestCertificates;
import io.ehc.support.Api;
import io.ehc.support.PlatformIT;
import io.ehc.support.Region;
import io.ehc.support.SignIn;
import io.ehc.support.Simulators;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The multi-code scan entry end to end: every identity-bearing kind names the same resident and card, refusals are
 * problems that name the kind, and every scan leaves an audit record without secrets that the resident can read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScanIT extends PlatformIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${local.simulator.port}")
    int simulatorPort;

    Api api;
    Simulators simulators;
    Region.Hospital hospital;
    Api.TerminalClient counter;

    record Holder(String masterIndex, String ehcId, String idNumber, String phone) {}

    @BeforeAll
    void setUp() {
        api = new Api(port);
        simulators = new Simulators(simulatorPort);
        hospital = Region.aHospital(api, "430105", 3, "0100");
        counter = hospital.counter();
    }

    Holder aCardHolder() {
        Map<String, Object> person = aResidentOfChangsha();
        String mi = api.admin("POST", "/api/v1/residents", person)
                .json()
                .path("masterIndex")
                .asString();
        Api.Response card = api.admin("POST", "/api/v1/cards", Map.of("masterIndex", mi, "channel", "0402"));
        assertThat(card.status()).as(card.text()).isEqualTo(201);
        return new Holder(mi, card.json().path("ehcId").asString(), (String) person.get("documentNumber"), (String)
                person.get("phone"));
    }

    String code(String ehcId, String type) {
        return api.admin("GET", "/api/v1/cards/" + ehcId + "/codes/" + type, null)
                .json()
                .path("text")
                .asString();
    }

    Api.Response scan(String text, String purpose) {
        return scan(Map.of("text", text, "purpose", purpose));
    }

    Api.Response scan(Map<String, Object> body) {
        return counter.post("/api/terminal/v1/scan", body);
    }

    long audits() {
        return jdbc.queryForObject("select count(*) from scan_audit", Long.class);
    }

    long uses() {
        return jdbc.queryForObject("select count(*) from card_use", Long.class);
    }

    void assertRefused(Api.Response r, int status, String code, String kind) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.code()).as(r.text()).isEqualTo(code);
        assertThat(r.json().path("kind").asString()).isEqualTo(kind);
        assertThat(r.json().path("scanId").asString()).isNotBlank();
    }

    @Test
    void everyIdentityBearingCodeNamesTheSameResidentAndCard() {
        Holder h = aCardHolder();
        String legacyId = String.format(
                "ZY%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        assertThat(api.admin(
                                "PUT",
                                "/api/admin/institutions/" + hospital.code() + "/legacy-card-scheme",
                                Map.of("pattern", "ZY[0-9]{8}", "description", "院内就诊卡"))
                        .status())
                .isEqualTo(200);
        Api.Response bound =
                counter.call("PUT", "/api/terminal/v1/legacy-cards/" + legacyId, Map.of("ehcId", h.ehcId()));
        assertThat(bound.status()).as(bound.text()).isEqualTo(200);

        long usesBefore = uses();
        Map<String, String> kinds = new HashMap<>();
        kinds.put("HEALTH_CODE/static", code(h.ehcId(), "static"));
        kinds.put("HEALTH_CODE/dynamic", code(h.ehcId(), "dynamic"));
        kinds.put("RESIDENT_ID", h.idNumber());
        kinds.put("LEGACY_PATIENT_CARD", legacyId);
        for (var e : kinds.entrySet()) {
            Api.Response r = scan(e.getValue(), "register");
            assertThat(r.status()).as(e.getKey() + ": " + r.text()).isEqualTo(200);
            JsonNode j = r.json();
            String expectedKind = e.getKey().split("/")[0];
            assertThat(j.path("kind").asString()).isEqualTo(expectedKind);
            assertThat(j.path("patient").path("ehcId").asString())
                    .as(e.getKey())
                    .isEqualTo(h.ehcId());
            assertThat(j.path("patient").path("cardStatus").asString()).isEqualTo("ACTIVE");
            assertThat(j.path("patient").path("maskedDocument").asString()).doesNotContain(h.idNumber());
            assertThat(j.path("patient").path("crossRegion").asBoolean()).isFalse();
            assertThat(r.text()).doesNotContain(h.idNumber()).doesNotContain(h.masterIndex());
        }
        assertThat(uses()).as("the two health codes each recorded a card use").isEqualTo(usesBefore + 2);
        JsonNode viaCode = scan(code(h.ehcId(), "static"), "pick_up_medicine").json();
        assertThat(viaCode.path("variant").asString()).isEqualTo("static");
        assertThat(viaCode.path("routedTo").asString()).isEqualTo("healthcode");
        assertThat(viaCode.path("cardUse").path("careStep").asString())
                .as("the purpose gives the care step")
                .isEqualTo("010103");
        assertThat(viaCode.path("cardUse").path("useId").asString()).isNotBlank();
    }

    @Test
    void surroundingSpaceAndFullWidthDigitsAreNormalised() {
        Holder h = aCardHolder();
        StringBuilder fullWidth = new StringBuilder();
        for (char c : h.idNumber().toCharArray())
            fullWidth.append(Character.isDigit(c) ? (char) (c - '0' + '\uFF10') : c);
        Api.Response r = scan("\u3000 " + fullWidth + " \r\n", "identify");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().path("patient").path("ehcId").asString()).isEqualTo(h.ehcId());
    }

    @Test
    void refusalsNameTheKindAndAreAudited() {
        Holder h = aCardHolder();
        long before = audits();
        assertRefused(scan("hello world", "identify"), 422, "3101", "UNKNOWN");
        assertRefused(scan("104567890123456789", "identify"), 422, "3102", "WECHAT_PAY");
        String unregistered = io.ehc.support.Residents.idNumber("430102", java.time.LocalDate.of(1961, 5, 4), 77);
        assertRefused(scan(unregistered, "identify"), 404, "2008", "RESIDENT_ID");
        String tampered = code(h.ehcId(), "dynamic");
        tampered = tampered.substring(0, 67) + (tampered.charAt(67) == '0' ? '1' : '0') + tampered.substring(68);
        Api.Response bad = scan(tampered, "identify");
        assertRefused(bad, 422, "6001", "HEALTH_CODE");
        assertThat(audits()).isEqualTo(before + 4);
        List<Map<String, Object>> rows = jdbc.queryForList("select * from scan_audit order by scanned_at desc limit 4");
        assertThat(rows).extracting(m -> m.get("outcome")).doesNotContain("OK");
        for (Map<String, Object> row : rows)
            assertThat(row.values().toString())
                    .doesNotContain("104567890123456789")
                    .doesNotContain(unregistered)
                    .doesNotContain("hello");
    }

    @Test
    void badRequestsAreProblemsAndOverLongTextIsAudited() {
        long before = audits();
        Api.Response tooLong = scan("1".repeat(8193), "identify");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.code()).isEqualTo("1002");
        Api.Response empty = scan(" \u3000 ", "identify");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.code()).isEqualTo("1001");
        assertThat(audits()).isEqualTo(before + 2);
        Api.Response noPurpose = counter.post("/api/terminal/v1/scan", Map.of("text", "x"));
        assertThat(noPurpose.status()).isEqualTo(400);
        assertThat(noPurpose.code()).isEqualTo("1001");
        Api.Response badPurpose = scan("x", "dance");
        assertThat(badPurpose.status()).isEqualTo(400);
        assertThat(badPurpose.code()).isEqualTo("1002");
        Api.Response notJson = counter.post("/api/terminal/v1/scan", "{\"text\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.code()).isEqualTo("1003");
        Api.Response notAnObject = counter.post("/api/terminal/v1/scan", "[\"x\"]");
        assertThat(notAnObject.code()).isEqualTo("1003");
        Api.Response plainText = counter.postAs(
                "text/plain", "/api/terminal/v1/scan", "{\"text\":\"x\",\"purpose\":\"identify\"}".getBytes());
        assertThat(plainText.status()).isEqualTo(415);
        assertThat(plainText.code()).isEqualTo("1415");
        Api.Response unsigned =
                api.anonymous("POST", "/api/terminal/v1/scan", Map.of("text", "x", "purpose", "identify"));
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(audits())
                .as("requests refused before the scan entry are not scans")
                .isEqualTo(before + 2);
    }

    @Test
    void legacyCardsAreKeptPerInstitution() {
        Holder h = aCardHolder();
        Holder other = aCardHolder();
        Region.Hospital elsewhere = Region.aHospital(api, "430203", 2, "0200");
        String path = "/api/admin/institutions/" + elsewhere.code() + "/legacy-card-scheme";
        assertThat(api.admin("PUT", path, Map.of("pattern", "[0-9]{6}")).status())
                .isEqualTo(200);
        assertThat(api.admin("GET", path, null).json().path("pattern").asString())
                .isEqualTo("[0-9]{6}");
        Api.Response badPattern = api.admin("PUT", path, Map.of("pattern", "([0-9]"));
        assertThat(badPattern.status()).isEqualTo(400);
        assertThat(api.admin("GET", path, null).json().path("pattern").asString())
                .as("a refused pattern changes nothing")
                .isEqualTo("[0-9]{6}");

        Api.TerminalClient there = elsewhere.counter();
        assertThat(there.call("PUT", "/api/terminal/v1/legacy-cards/123456", Map.of("ehcId", h.ehcId()))
                        .status())
                .isEqualTo(200);
        assertThat(there.call("PUT", "/api/terminal/v1/legacy-cards/123456", Map.of("ehcId", h.ehcId()))
                        .status())
                .as("binding again is idempotent")
                .isEqualTo(200);
        Api.Response conflict =
                there.call("PUT", "/api/terminal/v1/legacy-cards/123456", Map.of("ehcId", other.ehcId()));
        assertThat(conflict.status()).isEqualTo(409);
        Api.Response wrongShape =
                there.call("PUT", "/api/terminal/v1/legacy-cards/1234567", Map.of("ehcId", h.ehcId()));
        assertThat(wrongShape.status()).isEqualTo(400);
        assertThat(there.call("GET", "/api/terminal/v1/legacy-cards/123456", null)
                        .json()
                        .path("ehcId")
                        .asString())
                .isEqualTo(h.ehcId());

        Api.Response scanned = there.post("/api/terminal/v1/scan", Map.of("text", "123456", "purpose", "identify"));
        assertThat(scanned.status()).as(scanned.text()).isEqualTo(200);
        assertThat(scanned.json().path("kind").asString()).isEqualTo("LEGACY_PATIENT_CARD");
        assertThat(scanned.json().path("patient").path("ehcId").asString()).isEqualTo(h.ehcId());
        assertThat(scanned.json().path("patient").path("crossRegion").asBoolean())
                .as("Xiangtan hospital, Changsha resident")
                .isTrue();

        // the first hospital does not know this number
        assertThat(counter.call("GET", "/api/terminal/v1/legacy-cards/123456", null)
                        .status())
                .isEqualTo(404);

        assertThat(there.call("DELETE", "/api/terminal/v1/legacy-cards/123456", null)
                        .status())
                .isEqualTo(204);
        Api.Response afterUnbind = there.post("/api/terminal/v1/scan", Map.of("text", "123456", "purpose", "identify"));
        assertRefused(afterUnbind, 404, "2008", "LEGACY_PATIENT_CARD");
        assertThat(there.call("PUT", "/api/terminal/v1/legacy-cards/123456", Map.of("ehcId", other.ehcId()))
                        .status())
                .as("after unbinding the number can be given to another patient")
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from legacy_card where institution_code = ? and legacy_id = '123456'",
                        Long.class,
                        elsewhere.code()))
                .as("the history of bindings is kept")
                .isEqualTo(2L);
    }

    Map<String, Object> payment(String code, long amountFen, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", code);
        body.put("purpose", "pay");
        body.put("amountFen", amountFen);
        body.put("idempotencyKey", key);
        body.put("subject", "门诊缴费");
        return body;
    }

    @Test
    void paymentCodesAreChargedThroughTheSimulatedChannelsWithEveryOutcome() {
        String wechat = Simulators.wechatCode("00");
        Api.Response ok = scan(payment(wechat, 1250, "scan-pay-" + System.nanoTime()));
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        JsonNode p = ok.json();
        assertThat(p.path("kind").asString()).isEqualTo("WECHAT_PAY");
        assertThat(p.path("routedTo").asString()).isEqualTo("payment:wechat");
        assertThat(p.path("payment").path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(p.path("payment").path("amountFen").asLong()).isEqualTo(1250);
        assertThat(p.path("payment").path("codeLast4").asString()).isEqualTo(wechat.substring(14));
        assertThat(ok.text()).doesNotContain(wechat);
        java.util.UUID id =
                java.util.UUID.fromString(p.path("payment").path("paymentId").asString());
        assertThat(simulators.order("wechat", id).path("charges").asInt()).isEqualTo(1);

        JsonNode declined = scan(payment(Simulators.alipayCode("01"), 800, "scan-pay-" + System.nanoTime()))
                .json();
        assertThat(declined.path("kind").asString()).isEqualTo("ALIPAY");
        assertThat(declined.path("payment").path("status").asString()).isEqualTo("DECLINED");
        JsonNode poor = scan(payment(Simulators.unionpayCode("02"), 99_900, "scan-pay-" + System.nanoTime()))
                .json();
        assertThat(poor.path("kind").asString()).isEqualTo("UNIONPAY");
        assertThat(poor.path("payment").path("status").asString()).isEqualTo("INSUFFICIENT_FUNDS");

        List<Map<String, Object>> audit = jdbc.queryForList(
                "select outcome, reference from scan_audit where kind in ('WECHAT_PAY','ALIPAY','UNIONPAY') "
                        + "order by scanned_at desc limit 3");
        assertThat(audit)
                .extracting(m -> m.get("outcome"))
                .containsExactly("INSUFFICIENT_FUNDS", "DECLINED", "SUCCEEDED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from scan_audit where reference = ? or reference like ?",
                        Long.class,
                        wechat,
                        "%" + wechat.substring(0, 10) + "%"))
                .as("the audit never holds a payment code")
                .isZero();
    }

    @Test
    void aScanRetriedAfterATimeoutNeverChargesTwice() {
        String code = Simulators.wechatCode("03"); // the channel charges, then answers too late
        String key = "scan-retry-" + System.nanoTime();
        JsonNode first = scan(payment(code, 4200, key)).json();
        assertThat(first.path("payment").path("status").asString()).isEqualTo("UNKNOWN");
        java.util.UUID id = java.util.UUID.fromString(
                first.path("payment").path("paymentId").asString());

        JsonNode retry = scan(payment(code, 4200, key)).json();
        assertThat(retry.path("payment").path("paymentId").asString()).isEqualTo(id.toString());
        assertThat(retry.path("payment").path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(retry.path("payment").path("replayed").asBoolean()).isTrue();
        assertThat(simulators.order("wechat", id).path("charges").asInt())
                .as("one charge at the channel")
                .isEqualTo(1);

        Api.Response otherAmount = scan(payment(code, 9999, key));
        assertThat(otherAmount.status()).as("the same key for another payment").isEqualTo(409);
        assertThat(simulators.order("wechat", id).path("charges").asInt()).isEqualTo(1);
    }

    @Test
    void lostRequestsAndChannelErrorsThroughTheScanEntryAreUnknownThenSettledOnce() {
        String lost = Simulators.alipayCode("04"); // the first attempt is dropped before the channel records it
        String key = "scan-lost-" + System.nanoTime();
        JsonNode first = scan(payment(lost, 700, key)).json();
        assertThat(first.path("payment").path("status").asString()).isEqualTo("UNKNOWN");
        java.util.UUID id = java.util.UUID.fromString(
                first.path("payment").path("paymentId").asString());
        JsonNode retry = scan(payment(lost, 700, key)).json();
        assertThat(retry.path("payment").path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(simulators.order("alipay", id).path("charges").asInt()).isEqualTo(1);

        JsonNode broken = scan(payment(Simulators.unionpayCode("05"), 300, "scan-5xx-" + System.nanoTime()))
                .json();
        assertThat(broken.path("payment").path("status").asString()).isEqualTo("UNKNOWN");
    }

    @Test
    void anInsurerThatDoesNotAnswerIsAClearRefusal() {
        Holder h = aCardHolder();
        String slow = simulators.voucher(h.idNumber(), "张三", "430100", 300, "TIMEOUT");
        assertRefused(scan(slow, "register"), 504, "5055", "INSURANCE_VOUCHER");
        String slowOnce = simulators.voucher(h.idNumber(), "张三", "430100", 300, "SLOW_ONCE");
        Api.Response r = scan(slowOnce, "register");
        assertThat(r.status())
                .as("the platform retries once with the same request ID")
                .isEqualTo(200);
        assertThat(r.json().path("patient").path("ehcId").asString()).isEqualTo(h.ehcId());
    }

    @Test
    void payingNeedsAnAmountAndAnIdempotencyKeyAndNothingIsChargedWithout() {
        Map<String, Object> noAmount = payment(Simulators.wechatCode("00"), 1, "k-" + System.nanoTime());
        noAmount.remove("amountFen");
        assertRefused(scan(noAmount), 400, "1001", "WECHAT_PAY");
        Map<String, Object> noKey = payment(Simulators.wechatCode("00"), 100, "k");
        noKey.remove("idempotencyKey");
        assertRefused(scan(noKey), 400, "1001", "WECHAT_PAY");
        assertRefused(scan(Simulators.wechatCode("00"), "register"), 422, "3102", "WECHAT_PAY");
    }

    @Test
    void anInsuranceVoucherNamesTheSameResidentAndCarriesTheSettlementToken() {
        Holder h = aCardHolder();
        String voucher = simulators.voucher(h.idNumber(), "张三", "430100", 300, "NORMAL");
        Api.Response r = scan(voucher, "register");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.path("kind").asString()).isEqualTo("INSURANCE_VOUCHER");
        assertThat(j.path("routedTo").asString()).isEqualTo("insurance");
        assertThat(j.path("patient").path("ehcId").asString()).isEqualTo(h.ehcId());
        assertThat(j.path("insurance").path("insuredRegion").asString()).isEqualTo("430100");
        assertThat(j.path("insurance").path("businessType").asString()).isEqualTo("01101");
        String token = j.path("insurance").path("settlementToken").asString();
        assertThat(token).isNotBlank();
        assertThat(jdbc.queryForObject(
                        "select count(*) from scan_audit where master_index = ? and kind = 'INSURANCE_VOUCHER'",
                        Long.class,
                        h.masterIndex()))
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from scan_audit where reference = ?", Long.class, token))
                .isZero();

        JsonNode pay = scan(voucher, "pay").json();
        assertThat(pay.path("insurance").path("businessType").asString()).isEqualTo("01301");

        String unregistered = io.ehc.support.Residents.idNumber("430102", java.time.LocalDate.of(1970, 1, 2), 55);
        String stranger = simulators.voucher(unregistered, "李四", "430100", 300, "NORMAL");
        assertRefused(scan(stranger, "register"), 404, "2008", "INSURANCE_VOUCHER");
        String neverIssued = "424" + "0".repeat(17) + "01" + "43" + "0000"; // well-formed, unknown to the insurer
        assertRefused(scan(neverIssued, "register"), 404, "5052", "INSURANCE_VOUCHER");
        String expired = simulators.voucher(h.idNumber(), "张三", "430100", 0, "NORMAL");
        assertRefused(scan(expired, "register"), 422, "5053", "INSURANCE_VOUCHER");
    }

    @Test
    void foreignCertificatesAreDecodedAndTheirSignatureCheckedAgainstTheTrustStore() throws Exception {
        var key = TestCertificates.es256KeyPair();
        String iss = "https://scan-it.example.org/" + System.nanoTime();
        String shc = TestCertificates.smartHealthCard(key, iss, "John B. Anyperson", "1951-01-20");
        Api.Response unverified = scan(shc, "identify");
        assertThat(unverified.status()).as(unverified.text()).isEqualTo(200);
        assertThat(unverified.json().path("kind").asString()).isEqualTo("SMART_HEALTH_CARD");
        assertThat(unverified.json().path("routedTo").asString()).isEqualTo("certificate");
        assertThat(unverified.json().path("certificate").path("signature").asString())
                .isEqualTo("UNVERIFIED_ISSUER");
        assertThat(unverified.json().path("certificate").path("issuer").asString())
                .isEqualTo(iss);
        assertThat(unverified.json().path("patient").isMissingNode()
                        || unverified.json().path("patient").isNull())
                .as("a foreign certificate names no resident of this platform")
                .isTrue();

        assertThat(api.admin(
                                "POST",
                                "/api/admin/trust/shc-issuers",
                                Map.of("iss", iss, "jwk", TestCertificates.jwk(key)))
                        .status())
                .isIn(200, 201);
        JsonNode verified = scan(shc, "identify").json();
        assertThat(verified.path("certificate").path("signature").asString()).isEqualTo("VERIFIED");
        assertThat(verified.path("certificate").path("holderName").asString()).isEqualTo("John B. Anyperson");

        var dccKey = TestCertificates.es256KeyPair();
        var signer = TestCertificates.signerCertificate(dccKey, "AT");
        String dcc = TestCertificates.euDcc(dccKey, signer, "AT", "Musterfrau Gabriele", "1998-02-26");
        JsonNode eu = scan(dcc, "identify").json();
        assertThat(eu.path("kind").asString()).isEqualTo("EU_DCC");
        assertThat(eu.path("certificate").path("signature").asString()).isEqualTo("UNVERIFIED_ISSUER");
        assertThat(eu.path("certificate").path("issuer").asString()).isEqualTo("AT");

        assertRefused(scan("HC1:NOT-BASE45!!", "identify"), 400, "3001", "EU_DCC");
    }

    @Test
    void aResidentSeesTheScansOfTheirOwnCodesOnly() {
        Holder h = aCardHolder();
        Holder stranger = aCardHolder();
        assertThat(scan(code(h.ehcId(), "static"), "register").status()).isEqualTo(200);
        assertThat(scan(h.idNumber(), "identify").status()).isEqualTo(200);
        assertThat(scan(code(stranger.ehcId(), "static"), "register").status()).isEqualTo(200);

        Map<String, String> bearer = SignIn.resident(api, h.phone());
        Api.Response mine = api.send("GET", "/api/resident/v1/me/scans", bearer, new byte[0]);
        assertThat(mine.status()).as(mine.text()).isEqualTo(200);
        JsonNode list = mine.json();
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).path("kind").asString()).isEqualTo("RESIDENT_ID");
        assertThat(list.get(1).path("kind").asString()).isEqualTo("HEALTH_CODE");
        assertThat(list.get(0).path("institutionName").asString()).startsWith("测试医院");
        assertThat(api.send("GET", "/api/resident/v1/me/scans", Map.of(), new byte[0])
                        .status())
                .isEqualTo(401);
    }
}
