package io.ehc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InsuranceSimulatorTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    final Instant now = Instant.parse("2025-03-01T02:00:00Z");
    final InsuranceSimulator insurer = new InsuranceSimulator(Duration.ofSeconds(3), Clock.fixed(now, ZoneOffset.UTC));

    static JsonNode json(Map<String, ?> m) {
        return JSON.valueToTree(m);
    }

    String enrol(String scenario, int validSeconds) {
        Reply r = insurer.enrol(json(Map.of(
                "documentType",
                "01",
                "documentNumber",
                "11010519491231002X",
                "name",
                "王芳",
                "insuredRegion",
                "440305",
                "validSeconds",
                validSeconds,
                "scenario",
                scenario)));
        assertThat(r.status()).isEqualTo(201);
        return (String) r.body().get("voucher");
    }

    Reply decode(String voucher, String businessType, String requestId) {
        return insurer.decode(json(Map.of(
                "voucher",
                voucher,
                "businessType",
                businessType,
                "institutionCode",
                "44030500001",
                "requestId",
                requestId)));
    }

    @Test
    void mintsVouchersOfTheDomainFormatWithTheProvinceOfTheInsuredRegion() {
        String normal = enrol("NORMAL", 300);
        assertThat(normal).matches("424[0-9]{17}01440000");
        assertThat(enrol("SLOW_ONCE", 300)).matches("424[0-9]{17}98440000");
        assertThat(enrol("TIMEOUT", 300)).matches("424[0-9]{17}99440000");
    }

    @Test
    void decodesIntoThePersonTheRegionAndATokenAndRepeatsTheAnswerForARepeatedRequestId() {
        String v = enrol("NORMAL", 300);
        Reply first = decode(v, "02121", "q1");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body())
                .containsEntry("name", "王芳")
                .containsEntry("insuredRegion", "440305")
                .containsEntry(
                        "tokenExpiresAt", now.plus(Duration.ofMinutes(10)).toString());
        Map<String, Object> again = new HashMap<>(decode(v, "02121", "q1").body());
        assertThat(again).containsEntry("duplicate", true);
        assertThat(again.get("settlementToken")).isEqualTo(first.body().get("settlementToken"));
        assertThat(decode(v, "01101", "q1").status()).isEqualTo(409);
        assertThat(decode(v, "02121", "q2").body().get("settlementToken"))
                .isNotEqualTo(first.body().get("settlementToken"));
    }

    @Test
    void refusesUnknownExpiredAndUnsupported() {
        assertThat(decode("4240000000000000000001440000", "01101", "a").status())
                .isEqualTo(404);
        assertThat(decode(enrol("NORMAL", 0), "01101", "b").status()).isEqualTo(410);
        assertThat(decode(enrol("NORMAL", 300), "01103", "c").status()).isEqualTo(422);
        assertThat(decode("123", "01101", "d").status()).isEqualTo(400);
    }

    @Test
    void slowScenariosHoldTheAnswerBack() {
        String once = enrol("SLOW_ONCE", 300);
        assertThat(decode(once, "01101", "s1").delay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(decode(once, "01101", "s1").delay()).isZero();
        String always = enrol("TIMEOUT", 300);
        assertThat(decode(always, "01101", "s2").delay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(decode(always, "01101", "s2").delay()).isEqualTo(Duration.ofSeconds(3));
    }
}
