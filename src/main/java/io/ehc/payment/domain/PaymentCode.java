package io.ehc.payment.domain;

import io.ehc.payment.PayChannel;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;

/**
 * 付款码: a payment code scanned from a payer's phone, of the format of its channel (DOMAIN.md §6). A secret: sent
 * only to the channel, stored only as a digest and its last four digits; {@link #toString()} masks it.
 */
public final class PaymentCode {
    private final PayChannel channel;
    private final String value;

    public PaymentCode(PayChannel channel, String value) {
        if (!channel.accepts(value))
            throw new InvalidInput(
                    ErrorCodes.PAYMENT_CODE_INVALID, "paymentCode", "not a " + channel + " payment code");
        this.channel = channel;
        this.value = value;
    }

    public PayChannel channel() {
        return channel;
    }

    /** The code itself, for the request to the channel and for its digest; never for logs or storage. */
    public String reveal() {
        return value;
    }

    public String last4() {
        return value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return "****" + last4();
    }
}
