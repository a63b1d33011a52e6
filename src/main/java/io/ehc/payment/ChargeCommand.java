package io.ehc.payment;

import org.jspecify.annotations.Nullable;

/**
 * Charge a scanned payment code for an amount (integer fen), once per idempotency key of the institution: a retry
 * with the same key and the same code and amount never charges twice. {@link #toString()} masks the code.
 */
public record ChargeCommand(
        String institutionCode,
        String terminalId,
        PayChannel channel,
        String paymentCode,
        long amountFen,
        String idempotencyKey,
        @Nullable String subject) {
    @Override
    public String toString() {
        return "ChargeCommand[institutionCode=" + institutionCode + ", terminalId=" + terminalId + ", channel="
                + channel + ", paymentCode=" + masked(paymentCode) + ", amountFen=" + amountFen + ", idempotencyKey="
                + idempotencyKey + ", subject=" + subject + "]";
    }

    static String masked(@Nullable String code) {
        if (code == null) return "null";
        return code.length() <= 4 ? "****" : "****" + code.substring(code.length() - 4);
    }
}
