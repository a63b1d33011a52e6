package io.ehc.payment.domain;

import io.ehc.payment.PaymentStatus;

/** What a payment channel answered about an order: the states a charge, query or close can leave it in. */
public sealed interface ChannelOutcome {
    /** Paid: the payer was charged. */
    record Paid(String tradeNo) implements ChannelOutcome {}

    /** Refused for good: {@code DECLINED}, {@code INSUFFICIENT_FUNDS} or {@code FAILED} (request refused). */
    record Refused(PaymentStatus status, String reason) implements ChannelOutcome {
        public Refused {
            if (status != PaymentStatus.DECLINED
                    && status != PaymentStatus.INSUFFICIENT_FUNDS
                    && status != PaymentStatus.FAILED) throw new IllegalArgumentException("not a refusal: " + status);
        }
    }

    /** The order number is closed at the channel without payment: it can never be charged. */
    record Closed(String reason) implements ChannelOutcome {}

    /** A query: the channel never took an order with this number. */
    record NoSuchOrder() implements ChannelOutcome {}

    /** No answer (timeout, channel error, unreadable answer): the order may or may not exist. */
    record Unknown(String reason) implements ChannelOutcome {}
}
