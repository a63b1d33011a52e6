package io.ehc.h5.domain;

import static io.ehc.shared.error.ErrorCodes.RESIDENT_WEAK_PASSWORD;

import io.ehc.shared.error.InvalidInput;

/** A resident's password: 8 to 64 characters with at least one letter and one digit, no control characters. */
public final class PasswordRules {
    private PasswordRules() {}

    public static void check(String field, String password) {
        if (password.isEmpty()) throw InvalidInput.missing(field);
        int n = password.codePointCount(0, password.length());
        if (n < 8 || n > 64) throw new InvalidInput(RESIDENT_WEAK_PASSWORD, field, "must be 8 to 64 characters");
        if (password.codePoints().anyMatch(Character::isISOControl))
            throw new InvalidInput(RESIDENT_WEAK_PASSWORD, field, "must not contain control characters");
        if (password.codePoints().noneMatch(Character::isLetter)
                || password.codePoints().noneMatch(Character::isDigit))
            throw new InvalidInput(RESIDENT_WEAK_PASSWORD, field, "needs a letter and a digit");
    }
}
