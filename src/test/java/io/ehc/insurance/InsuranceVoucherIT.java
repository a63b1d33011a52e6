package io.ehc.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.shared.error.PlatformException;
import io.ehc.support.Api;
import io.ehc.support.PlatformIT;
import io.ehc.support.Residents;
import io.ehc.support.Simulators;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** E-vouchers end to end: the platform asks the insurance simulator over HTTP, through each of its failure modes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class InsuranceVoucherIT extends PlatformIT {
    static final String HOSPITAL = "43010500001";

    @Value("${local.simulator.port}")
    int simulatorPort;

    @Autowired
    InsuranceVouchers vouchers;

    Simulators simulators;
    String idNumber;

    @BeforeAll
    void setUp() {
        simulators = new Simulators(simulatorPort);
        idNumber = Residents.idNumber("430102", LocalDate.of(1980, 5, 17), 123);
    }

    String aVoucher(String scenario) {
        return simulators.voucher(idNumber, "张伟", "430102", 300, scenario);
    }

    static void refusedWith(ThrowingCallable call, String code, int status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(status);
        });
    }

    @Test
    void decodesTheVoucherOfAnEnrolledPersonIntoIdentityRegionAndToken() {
        String voucher = aVoucher("NORMAL");
        assertThat(voucher).hasSize(28).startsWith("424").endsWith("430000");
        DecodedVoucher d = vouchers.decode(voucher, BusinessType.OUTPATIENT_SETTLEMENT.code(), HOSPITAL);
        assertThat(d.name()).isEqualTo("张伟");
        assertThat(d.documentType()).isEqualTo("01");
        assertThat(d.documentNumber()).isEqualTo(idNumber);
        assertThat(d.insuredRegion()).isEqualTo("430102");
        assertThat(d.settlementToken()).matches("[0-9A-F]{32}");
        assertThat(d.tokenExpiresAt()).isAfter(Instant.now());
        assertThat(d.toString())
                .doesNotContain(d.settlementToken())
                .doesNotContain(idNumber)
                .doesNotContain("张伟");
        DecodedVoucher again = vouchers.decode(voucher, "01302", HOSPITAL);
        assertThat(again.settlementToken()).isNotEqualTo(d.settlementToken()); // a new request, a new token
    }

    @Test
    void neitherTheVoucherNorTheSettlementTokenIsLogged(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel("io.ehc", LogLevel.DEBUG);
        try {
            String voucher = aVoucher("SLOW_ONCE");
            DecodedVoucher d = vouchers.decode(voucher, "01101", HOSPITAL);
            assertThat(output.getAll())
                    .contains("e-voucher 424*****************")
                    .doesNotContain(voucher.substring(3, 20));
            assertThat(output.getAll()).doesNotContain(d.settlementToken()).doesNotContain(idNumber);
        } finally {
            logging.setLogLevel("io.ehc", null);
        }
    }

    @Test
    void refusesAVoucherTheInsurerDoesNotKnow() {
        refusedWith(() -> vouchers.decode("4240000000000000000000430000", "01101", HOSPITAL), "5052", 404);
    }

    @Test
    void refusesAnExpiredVoucher() {
        String voucher = simulators.voucher(idNumber, "张伟", "430102", 0, "NORMAL");
        refusedWith(() -> vouchers.decode(voucher, "01101", HOSPITAL), "5053", 422);
    }

    @Test
    void refusesABusinessTypeTheInsurerDoesNotSupport() {
        String voucher = aVoucher("NORMAL");
        refusedWith(() -> vouchers.decode(voucher, "09999", HOSPITAL), "5054", 422);
        refusedWith(() -> vouchers.decode(voucher, "0110", HOSPITAL), "1002", 400);
    }

    @Test
    void refusesWhatIsNotAnEVoucherWithoutAskingTheInsurer() {
        refusedWith(() -> vouchers.decode("4240000000000000000000430001", "01101", HOSPITAL), "5051", 400);
        refusedWith(() -> vouchers.decode("123", "01101", HOSPITAL), "5051", 400);
        refusedWith(() -> vouchers.decode("4240000000000000000000990000", "01101", HOSPITAL), "5051", 400);
    }

    @Test
    void anInsurerThatDoesNotAnswerInTimeIsATimeout() {
        String voucher = aVoucher("TIMEOUT");
        refusedWith(() -> vouchers.decode(voucher, "01101", HOSPITAL), "5055", 504);
        assertThat(simulators.voucherUse(voucher).path("requests").asInt()).isEqualTo(2); // asked again once
    }

    @Test
    void aSlowAnswerIsAskedAgainUnderTheSameRequestIdAndYieldsOneToken() {
        String voucher = aVoucher("SLOW_ONCE");
        DecodedVoucher d = vouchers.decode(voucher, "01101", HOSPITAL);
        assertThat(d.documentNumber()).isEqualTo(idNumber);
        JsonNode use = simulators.voucherUse(voucher);
        assertThat(use.path("requests").asInt()).isEqualTo(2);
        assertThat(use.path("tokensMinted").asInt()).isEqualTo(1);
    }

    @Test
    void theInsurerAnswersARepeatedRequestIdWithTheSameAnswer() {
        String voucher = aVoucher("NORMAL");
        Map<String, Object> request =
                Map.of("voucher", voucher, "businessType", "01301", "institutionCode", HOSPITAL, "requestId", "req-1a");
        Api.Response first = simulators.send("POST", "/insurance/v1/vouchers/decode", request);
        Api.Response second = simulators.send("POST", "/insurance/v1/vouchers/decode", request);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.json().path("settlementToken").asString())
                .isEqualTo(first.json().path("settlementToken").asString());
        assertThat(second.json().path("duplicate").asBoolean()).isTrue();
        Api.Response reused = simulators.send(
                "POST",
                "/insurance/v1/vouchers/decode",
                Map.of(
                        "voucher",
                        voucher,
                        "businessType",
                        "01302",
                        "institutionCode",
                        HOSPITAL,
                        "requestId",
                        "req-1a"));
        assertThat(reused.status()).isEqualTo(409);
    }
}
