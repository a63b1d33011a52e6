package io.ehc.account.domain;

import io.ehc.shared.error.InvalidInput;
import java.util.Locale;

/** What a staff account may do: administer the platform, watch a region's figures (监管), or work at an institution. */
public enum Role {
    ADMIN,
    REGULATOR,
    STAFF;

    public static Role parse(String text) {
        try {
            return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("roles", "each role must be ADMIN, REGULATOR or STAFF");
        }
    }
}
