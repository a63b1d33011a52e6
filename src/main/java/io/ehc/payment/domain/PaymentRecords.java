package io.ehc.payment.domain;

import io.ehc.payment.PaymentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Stored payments. A payment being settled is claimed for a while (a lease), so that a retry, the reconciler and the
 * first call never talk to the channel about the same payment at the same time; a crashed caller's lease runs out.
 */
public interface PaymentRecords {
    /** Stores a new payment, claimed until the given instant; false when the institution already used the key. */
    boolean insert(PaymentRecord payment, Instant claimedUntil);

    Optional<PaymentRecord> find(UUID paymentId);

    Optional<PaymentRecord> findByKey(String institutionCode, String idempotencyKey);

    /** Claims an unsettled payment whose lease ran out (or was released); false when settled or claimed. */
    boolean claim(UUID paymentId, Instant now, Instant until);

    /** Records the outcome of an unsettled payment and releases its claim; does nothing once it is settled. */
    void settle(
            UUID paymentId,
            PaymentStatus status,
            @Nullable String channelTradeNo,
            @Nullable String failureReason,
            Instant now);

    /** Unsettled payments last touched before the instant and not claimed now, oldest first. */
    List<UUID> unsettled(Instant touchedBefore, Instant now, int limit);

    /** The payment, locked until the end of the current transaction. */
    Optional<PaymentRecord> lock(UUID paymentId);

    /** Adds a completed refund: {@code PARTIALLY_REFUNDED}, or {@code REFUNDED} when nothing remains. */
    void addRefunded(UUID paymentId, long refundFen, Instant now);
}
