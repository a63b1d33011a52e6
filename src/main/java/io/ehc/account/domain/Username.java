package io.ehc.account.domain;

import io.ehc.shared.error.InvalidInput;
import java.util.Locale;
import java.util.Optional;

/** A sign-in name: 3–32 characters, a lower-case letter first, then lower-case letters, digits, '.', '_' or '-'. */
public record Username(String value) {
    private static final String PATTERN = "[a-z][a-z0-9._-]{2,31}";

    public Username {
        if (!value.matches(PATTERN))
            throw new InvalidInput(
                    "username",
                    "3-32 characters: a lower-case letter, then lower-case letters, digits, '.', '_' or '-'");
    }

    /** The name as typed at sign-in (case and surrounding space ignored), or empty when it cannot be a username. */
    public static Optional<Username> lenient(String typed) {
        String v = typed.strip().toLowerCase(Locale.ROOT);
        return v.matches(PATTERN) ? Optional.of(new Username(v)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
