package io.ehc.payment.domain;

import io.ehc.payment.PayChannel;
import io.ehc.payment.Payment;
import io.ehc.payment.PaymentStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment as stored: who asked (institution, terminal, idempotency key and the digest of the request it stands
 * for), what was asked (channel, amount, the code's digest and last four digits) and where it stands. The merchant
 * order number sent to the channel is the payment ID as 32 hex digits (WeChat's limit), so every attempt of one
 * payment uses the same order number.
 */
public record PaymentRecord(
        UUID paymentId,
        String institutionCode,
        String terminalId,
        String idempotencyKey,
        byte[] requestDigest,
        PayChannel channel,
        byte[] codeDigest,
        String codeLast4,
        long amountFen,
        long refundedFen,
        @Nullable String subject,
        PaymentStatus status,
        @Nullable String channelTradeNo,
        @Nullable String failureReason,
        Instant createdAt,
        Instant updatedAt) {

    public String merchantOrderNo() {
        return merchantOrderNo(paymentId);
    }

    public static String merchantOrderNo(UUID paymentId) {
        return paymentId.toString().replace("-", "");
    }

    public boolean belongsTo(String institution) {
        return institutionCode.equals(institution);
    }

    public Payment toPayment(boolean replayed) {
        return new Payment(
                paymentId,
                idempotencyKey,
                channel,
                amountFen,
                refundedFen,
                status,
                codeLast4,
                channelTradeNo,
                failureReason,
                replayed,
                createdAt,
                updatedAt);
    }
}
