package io.ehc.identity.domain;

import io.ehc.shared.error.InvalidInput;

/** A mainland China mobile number: 11 digits starting 13-19; {@code +86}, spaces and hyphens are stripped. */
public record MobilePhone(String value) {
    public MobilePhone {
        if (value == null) throw InvalidInput.missing("phone");
        value = normalise(value);
        if (!value.matches("1[3-9][0-9]{9}"))
            throw new InvalidInput("phone", "must be a mainland mobile number (11 digits starting 13-19)");
    }

    public static String normalise(String raw) {
        String v = raw.replace(" ", "").replace("-", "");
        if (v.startsWith("+86")) v = v.substring(3);
        else if (v.startsWith("0086")) v = v.substring(4);
        return v;
    }

    @Override
    public String toString() {
        return io.ehc.shared.privacy.Mask.phone(value);
    }
}
