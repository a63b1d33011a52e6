package io.ehc.scan.application;

import io.ehc.scan.domain.ScanPurpose;
import org.jspecify.annotations.Nullable;

/**
 * What a terminal sends to the scan entry: the raw text and the purpose, with what the purpose needs (a care step for
 * a card use, an amount and an idempotency key to pay). {@link #toString()} never shows the text: it may be a payment
 * code.
 */
public record ScanCommand(
        String text,
        ScanPurpose purpose,
        @Nullable String careStep,
        @Nullable String scene,
        @Nullable String department,
        @Nullable Long amountFen,
        @Nullable String idempotencyKey,
        @Nullable String subject) {
    /**
     * A scan that only identifies or records a card use (no payment), the purpose given by its code ({@code identify},
     * {@code register}, …); refused with 1002 for an unknown purpose.
     */
    public static ScanCommand forPurpose(String text, String purpose) {
        return new ScanCommand(text, ScanPurpose.of(purpose), null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "ScanCommand[" + purpose + ", " + text.length() + " characters]";
    }
}
