package io.ehc.shared.rollup;

import io.ehc.shared.error.InvalidInput;
import java.util.Locale;

/** How finely a figure is broken down in time: one total for the period, or per local hour, day or month. */
public enum Granularity {
    TOTAL,
    HOUR,
    DAY,
    MONTH;

    public static Granularity parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("granularity", "must be one of total, hour, day, month");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
