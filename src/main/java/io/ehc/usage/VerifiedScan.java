package io.ehc.usage;

import io.ehc.healthcode.VerifiedCode;
import io.ehc.identity.ResidentSummary;
import java.time.Instant;
import java.util.UUID;

/** A verified health code, its patient and the card use that was recorded (durably) for it. */
public record VerifiedScan(
        VerifiedCode code,
        ResidentSummary resident,
        UUID useId,
        Instant usedAt,
        String terminalId,
        boolean crossRegion) {}
