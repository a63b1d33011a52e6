package io.ehc.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.payment.domain.PaymentCode;
import io.ehc.shared.error.InvalidInput;
import org.junit.jupiter.api.Test;

class PayChannelTest {
    @Test
    void recognisesEachChannelByTheFormatOfDomainSection6() {
        assertThat(PayChannel.recognise("134567890123456789")).contains(PayChannel.WECHAT);
        assertThat(PayChannel.recognise("104567890123456789")).contains(PayChannel.WECHAT);
        assertThat(PayChannel.recognise("2845678901234567")).contains(PayChannel.ALIPAY);
        assertThat(PayChannel.recognise("304567890123456789012345")).contains(PayChannel.ALIPAY);
        assertThat(PayChannel.recognise("6245678901234567890")).contains(PayChannel.UNIONPAY);
        assertThat(PayChannel.recognise("164567890123456789")).isEmpty();
        assertThat(PayChannel.recognise("13456789012345678")).isEmpty();
        assertThat(PayChannel.recognise("3145678901234567")).isEmpty();
        assertThat(PayChannel.recognise("624567890123456789")).isEmpty();
        assertThat(PayChannel.recognise("13456789012345678X")).isEmpty();
        assertThat(PayChannel.recognise("")).isEmpty();
    }

    @Test
    void aPaymentCodeNeverShowsItselfInFull() {
        PaymentCode code = new PaymentCode(PayChannel.WECHAT, "134567890123456789");
        assertThat(code.toString()).isEqualTo("****6789");
        assertThat(code.last4()).isEqualTo("6789");
        ChargeCommand c = new ChargeCommand(
                "43000000001", "430000000010101", PayChannel.WECHAT, "134567890123456789", 100, "k1", null);
        assertThat(c.toString()).doesNotContain("134567890123456789").contains("****6789");
    }

    @Test
    void refusesACodeOfAnotherChannel() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new PaymentCode(PayChannel.UNIONPAY, "134567890123456789"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageNotContaining("134567890123456789");
    }
}
