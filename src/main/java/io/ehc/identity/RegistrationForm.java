package io.ehc.identity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The fields of a resident registration as the caller gave them; validated by the identity module. */
public record RegistrationForm(
        String name,
        String sex,
        String nationality,
        LocalDate birthDate,
        @Nullable String documentType,
        @Nullable String documentNumber,
        @Nullable String phone,
        @Nullable String address,
        String homeRegion) {
    @Override
    public String toString() {
        return "RegistrationForm[type=" + documentType + ", region=" + homeRegion + "]";
    }
}
