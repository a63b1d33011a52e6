package io.ehc.payment;

/**
 * Where a payment stands. {@code PENDING}: stored, the channel not yet answered; {@code UNKNOWN}: the channel did not
 * answer (timeout, channel error), reconciled by query; {@code FAILED}: the channel never took the order and it was
 * closed, or refused the request. The others are the channel's answers and the refunds made since.
 */
public enum PaymentStatus {
    PENDING,
    SUCCEEDED,
    DECLINED,
    INSUFFICIENT_FUNDS,
    FAILED,
    UNKNOWN,
    PARTIALLY_REFUNDED,
    REFUNDED;

    /** Whether the channel's outcome is known (and so a retry replays it). */
    public boolean isSettled() {
        return this != PENDING && this != UNKNOWN;
    }
}
