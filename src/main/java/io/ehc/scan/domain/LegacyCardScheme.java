package io.ehc.scan.domain;

import io.ehc.shared.error.InvalidInput;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * 就诊卡号规则: the shape of an institution's own patient card numbers, a regular expression over the whole number
 * (at most 200 characters; numbers of 1–64 characters of letters, digits and {@code -}).
 */
public record LegacyCardScheme(
        String institutionCode, String pattern, @Nullable String description) {
    public LegacyCardScheme {
        if (pattern == null || pattern.isBlank()) throw InvalidInput.missing("pattern");
        if (pattern.length() > 200) throw new InvalidInput("pattern", "must be at most 200 characters");
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new InvalidInput("pattern", "is not a valid regular expression");
        }
        if (description != null && description.length() > 200)
            throw new InvalidInput("description", "must be at most 200 characters");
    }

    public Pattern compiled() {
        return Pattern.compile(pattern);
    }

    /** The characters any legacy card number may have, whatever the institution's pattern. */
    public static void checkNumber(String legacyId) {
        if (legacyId == null || !legacyId.matches("[A-Za-z0-9-]{1,64}"))
            throw new InvalidInput("legacyId", "must be 1-64 letters, digits or '-'");
    }
}
