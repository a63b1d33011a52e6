package io.ehc.payment.domain;

/** What a payment channel answered to a refund. */
public sealed interface RefundOutcome {
    record Refunded(String channelRefundId) implements RefundOutcome {}

    record RefundRefused(String reason) implements RefundOutcome {}

    /** No answer; {@code timeout} tells a timeout from a channel error. Resent with the same refund number. */
    record RefundUnknown(String reason, boolean timeout) implements RefundOutcome {}
}
