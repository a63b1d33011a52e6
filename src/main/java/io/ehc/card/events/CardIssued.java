package io.ehc.card.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A card was issued (formal or temporary), active or pending review. */
public record CardIssued(
        String ehcId,
        String masterIndex,
        String kind,
        String status,
        String homeRegion,
        String channel,
        @Nullable String institutionCode,
        Instant at) {}
