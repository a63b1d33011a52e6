package io.ehc.account.domain;

import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import java.util.Locale;

/**
 * What a staff password must be (after the 等级保护 2.0 practice of length plus character classes): 12 to 128
 * characters, at least three of lower-case letters, upper-case letters, digits and other characters, not containing
 * the username, and not one character repeated. Refusals name the rule, never the password.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {}

    public static void check(String password, Username username) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH)
            throw weak("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        int classes = 0;
        if (password.chars().anyMatch(Character::isLowerCase)) classes++;
        if (password.chars().anyMatch(Character::isUpperCase)) classes++;
        if (password.chars().anyMatch(Character::isDigit)) classes++;
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
        if (classes < 3)
            throw weak("must mix at least three of lower-case letters, upper-case letters, digits and symbols");
        if (password.toLowerCase(Locale.ROOT).contains(username.value())) throw weak("must not contain the username");
        if (password.chars().distinct().count() < 5) throw weak("must not repeat a few characters only");
    }

    private static InvalidInput weak(String rule) {
        return new InvalidInput(ErrorCodes.WEAK_PASSWORD, "password", rule);
    }
}
