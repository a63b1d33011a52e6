package io.ehc.payment.domain;

import io.ehc.payment.PayChannel;
import org.jspecify.annotations.Nullable;

/**
 * The payment channels, as the platform needs them. Every operation is keyed by the merchant order number (and the
 * refund number), which the channels treat as idempotency keys: repeating a charge or refund never moves money twice.
 */
public interface ChannelGateway {
    /** Charges the code: {@code Paid}, {@code Refused}, {@code Closed} or {@code Unknown}. */
    ChannelOutcome charge(
            PayChannel channel, String merchantOrderNo, PaymentCode code, long amountFen, @Nullable String subject);

    /** Queries an order: {@code Paid}, {@code Refused}, {@code Closed}, {@code NoSuchOrder} or {@code Unknown}. */
    ChannelOutcome query(PayChannel channel, String merchantOrderNo);

    /**
     * Closes an order number that has not been paid, so that a late request can never charge it: {@code Closed}, or
     * {@code Unknown} when it could not be closed (for instance because it was paid meanwhile).
     */
    ChannelOutcome close(PayChannel channel, String merchantOrderNo);

    RefundOutcome refund(PayChannel channel, String merchantOrderNo, String refundNo, long refundFen, long totalFen);
}
