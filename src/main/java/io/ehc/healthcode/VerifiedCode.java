package io.ehc.healthcode;

import io.ehc.card.CardView;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * A code that verified. {@code durable} completes when the verification count is stored; callers that answer the
 * terminal wait for it together with their own writes.
 */
public record VerifiedCode(
        CardView card, String codeType, @Nullable Instant expiresAt, int useNumber, CompletableFuture<Void> durable) {}
