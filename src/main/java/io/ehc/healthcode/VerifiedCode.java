package io.ehc.healthcode;

import io.ehc.card.CardView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A code that verified. A dynamic code's verification is counted against its limit under its {@code codeBlock} (the
 * expiry block, 32 hex digits; null for a static code): the caller's record of the use must keep it, because those
 * records are the durable count ({@link VerificationHistory}). The count is taken when the code verifies; a use that
 * is not stored leaves the stored count one lower, never higher.
 */
public record VerifiedCode(
        CardView card,
        String codeType,
        @Nullable Instant expiresAt,
        int useNumber,
        @Nullable String codeBlock) {}
