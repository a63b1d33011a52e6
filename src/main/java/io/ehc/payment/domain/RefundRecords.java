package io.ehc.payment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored refunds. */
public interface RefundRecords {
    Optional<RefundRecord> find(UUID paymentId, String refundKey);

    /** Fen reserved by refunds of the payment that the channel has not yet confirmed. */
    long pendingFen(UUID paymentId);

    void insert(RefundRecord refund);

    /** Marks a pending refund done; false when it was not pending (another call completed it). */
    boolean complete(UUID refundId, String channelRefundId, Instant now);

    void fail(UUID refundId, String reason, Instant now);

    /** Pending refunds created before the instant, oldest first. */
    List<RefundRecord> pending(Instant createdBefore, int limit);
}
