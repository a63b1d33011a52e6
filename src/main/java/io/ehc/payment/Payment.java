package io.ehc.payment;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment as the platform knows it. {@code replayed}: the call found an earlier payment with the same idempotency
 * (or refund) key and answered it, querying the channel first when its outcome was unknown, instead of starting a
 * new one. The payment code appears only as its last four digits.
 */
public record Payment(
        UUID paymentId,
        String idempotencyKey,
        PayChannel channel,
        long amountFen,
        long refundedFen,
        PaymentStatus status,
        String codeLast4,
        @Nullable String channelTradeNo,
        @Nullable String failureReason,
        boolean replayed,
        Instant createdAt,
        Instant updatedAt) {}
