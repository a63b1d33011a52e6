package io.ehc.payment.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A refund of a payment, once per refund key. Stored {@code PENDING} before the channel is called, so that the
 * amount is reserved and a retry resends the same refund number.
 */
public record RefundRecord(
        UUID refundId,
        UUID paymentId,
        String refundKey,
        long amountFen,
        RefundStatus status,
        @Nullable String channelRefundId,
        @Nullable String failureReason,
        Instant createdAt,
        Instant updatedAt) {
    public enum RefundStatus {
        PENDING,
        SUCCEEDED,
        FAILED
    }

    /** The refund number sent to the channel: the refund ID as 32 hex digits. */
    public String refundNo() {
        return refundId.toString().replace("-", "");
    }
}
