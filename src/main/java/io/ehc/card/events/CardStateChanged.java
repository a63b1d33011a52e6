package io.ehc.card.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Any transition of a card after issuance; {@code generation} grows with every reissue and restoration. */
public record CardStateChanged(
        String ehcId,
        String transition,
        @Nullable String fromStatus,
        String toStatus,
        int generation,
        String actor,
        Instant at) {}
