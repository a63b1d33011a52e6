package io.ehc.identity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Registers a person who has no identity document with them (for a temporary card at a counter). */
public interface TemporaryRegistration {
    MasterIndex registerTemporary(
            String name, String sex, LocalDate birthDate, @Nullable String phone, String homeRegion, String by);
}
