package io.ehc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PaymentChannelSimulatorTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    final PaymentChannelSimulator wechat =
            new PaymentChannelSimulator(SimulatedChannel.WECHAT, Duration.ofSeconds(3), Clock.systemUTC());

    static JsonNode json(Map<String, ?> m) {
        return JSON.valueToTree(m);
    }

    Reply pay(String order, String code, long fen) {
        return wechat.micropay(json(Map.of("merchantOrderNo", order, "authCode", code, "amountFen", fen)));
    }

    Reply refund(String order, String refundNo, long fen) {
        return wechat.refund(json(Map.of("merchantOrderNo", order, "refundNo", refundNo, "refundFen", fen)));
    }

    @Test
    void chargesACodeEndingInAnyOtherDigits() {
        Reply r = pay("o1", "134567890123456700", 100);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).containsEntry("result", "SUCCESS").containsEntry("duplicate", false);
        assertThat(r.delay()).isZero();
        assertThat(wechat.inspect("o1").body()).containsEntry("charges", 1);
    }

    @Test
    void theLastTwoDigitsChooseTheFailureMode() {
        assertThat(pay("d", "134567890123456701", 1).body())
                .containsEntry("result", "DECLINED")
                .containsEntry("errCode", "TRADE_ERROR");
        assertThat(pay("i", "134567890123456702", 1).body())
                .containsEntry("result", "INSUFFICIENT_FUNDS")
                .containsEntry("errCode", "NOTENOUGH");
        Reply late = pay("t", "134567890123456703", 1);
        assertThat(late.body()).containsEntry("result", "SUCCESS");
        assertThat(late.delay()).isEqualTo(Duration.ofSeconds(3));
        Reply dropped = pay("n", "134567890123456704", 1);
        assertThat(dropped.status()).isEqualTo(504);
        assertThat(dropped.delay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(wechat.query("n").status()).isEqualTo(404);
        assertThat(pay("e", "134567890123456705", 1).status()).isEqualTo(500);
        assertThat(wechat.query("e").status()).isEqualTo(404);
    }

    @Test
    void aTimeoutBeforeChargingDropsOnlyTheFirstAttemptOfAnOrder() {
        assertThat(pay("n", "134567890123456704", 1).status()).isEqualTo(504);
        Reply second = pay("n", "134567890123456704", 1);
        assertThat(second.body()).containsEntry("result", "SUCCESS");
        assertThat(second.delay()).isZero();
        assertThat(wechat.inspect("n").body()).containsEntry("charges", 1).containsEntry("droppedAttempts", 1);
    }

    @Test
    void aRepeatedOrderNumberAnswersTheOriginalOrderAndNeverChargesAgain() {
        Reply first = pay("o", "134567890123456700", 100);
        Reply again = pay("o", "134567890123456700", 100);
        assertThat(again.body())
                .containsEntry("duplicate", true)
                .containsEntry("tradeNo", first.body().get("tradeNo"));
        assertThat(wechat.inspect("o").body()).containsEntry("charges", 1).containsEntry("duplicates", 1);
        assertThat(pay("o", "134567890123456700", 200).body()).containsEntry("result", "ORDER_NO_USED");
    }

    @Test
    void aPaymentCodeIsSingleUse() {
        pay("a", "134567890123456700", 100);
        assertThat(pay("b", "134567890123456700", 100).body())
                .containsEntry("result", "DECLINED")
                .containsEntry("errCode", "AUTH_CODE_INVALID");
        assertThat(wechat.inspect("b").body()).containsEntry("charges", 0);
    }

    @Test
    void refusesCodesOfAnotherFormat() {
        assertThat(pay("x", "284567890123456700", 1).body()).containsEntry("errCode", "AUTH_CODE_INVALID");
        assertThat(pay("y", "1345678901234567", 1).body()).containsEntry("result", "DECLINED");
        assertThat(pay("z", "", 1).status()).isEqualTo(400);
    }

    @Test
    void aClosedOrderNumberCanNeverBeCharged() {
        assertThat(wechat.close("c").body()).containsEntry("result", "CLOSED");
        assertThat(pay("c", "134567890123456700", 1).body()).containsEntry("result", "ORDER_CLOSED");
        assertThat(wechat.query("c").body()).containsEntry("tradeState", "CLOSED");
        pay("p", "134567890123456799", 1);
        assertThat(wechat.close("p").body()).containsEntry("result", "ORDER_PAID");
    }

    @Test
    void refundsArePartialIdempotentAndNeverAboveTheCharge() {
        pay("r", "134567890123456700", 1000);
        assertThat(refund("r", "R1", 400).body()).containsEntry("result", "SUCCESS");
        assertThat(refund("r", "R1", 400).body()).containsEntry("duplicate", true);
        assertThat(refund("r", "R2", 601).body()).containsEntry("errCode", "REFUND_EXCEEDS");
        assertThat(refund("r", "R2", 600).body()).containsEntry("totalRefundedFen", 1000L);
        assertThat(refund("r", "R1", 300).body()).containsEntry("errCode", "REFUND_NO_USED");
        assertThat(refund("missing", "R3", 1).body()).containsEntry("errCode", "ORDER_NOT_PAID");
    }

    @Test
    void channelsCheckTheirOwnCodeFormats() {
        assertThat(SimulatedChannel.WECHAT.accepts("101234567890123456")).isTrue();
        assertThat(SimulatedChannel.WECHAT.accepts("161234567890123456")).isFalse();
        assertThat(SimulatedChannel.ALIPAY.accepts("2512345678901234")).isTrue();
        assertThat(SimulatedChannel.ALIPAY.accepts("301234567890123456789012")).isTrue();
        assertThat(SimulatedChannel.ALIPAY.accepts("3112345678901234")).isFalse();
        assertThat(SimulatedChannel.UNIONPAY.accepts("6212345678901234567")).isTrue();
        assertThat(SimulatedChannel.UNIONPAY.accepts("621234567890123456")).isFalse();
    }
}
