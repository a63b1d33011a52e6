package io.ehc.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reading the fields of a submitted HTML form (every page's POST handler takes the form as a map). */
public final class FormFields {
    private FormFields() {}

    /** The field's text without surrounding space; empty when the form lacks it. */
    public static String field(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null ? "" : value.strip();
    }

    /** An ISO date (the value of an {@code <input type="date">}); null when blank or not a date. */
    public static @Nullable LocalDate date(@Nullable String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
