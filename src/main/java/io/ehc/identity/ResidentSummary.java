package io.ehc.identity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a terminal needs to know of a patient: full name (the hospital records it), sex, birth date, the masked
 * document and the home region. {@link #toString()} masks the name.
 */
public record ResidentSummary(
        String masterIndex,
        String name,
        String sex,
        LocalDate birthDate,
        @Nullable String documentType,
        @Nullable String maskedDocument,
        String homeRegion,
        boolean temporary) {
    @Override
    public String toString() {
        return "ResidentSummary[" + masterIndex + ", " + io.ehc.shared.privacy.Mask.name(name) + "]";
    }
}
