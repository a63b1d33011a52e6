package io.ehc.card;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A card as other modules see it. */
public record CardView(
        EhcId ehcId,
        String masterIndex,
        CardKind kind,
        CardStatus status,
        int generation,
        String homeRegion,
        String issuerCode,
        String issueChannel,
        @Nullable String issueInstitution,
        Instant issuedAt,
        @Nullable EhcId mergedInto) {}
