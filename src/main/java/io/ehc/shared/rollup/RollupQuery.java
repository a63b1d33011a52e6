package io.ehc.shared.rollup;

import io.ehc.shared.error.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * What a figure is asked for: a period, how it is broken down in time, a region given as a prefix of GB/T 2260
 * codes ({@code "43"} a province, {@code "4301"} a prefecture city, {@code "430102"} a county, empty for all) and
 * optionally an institution grade (0–3).
 */
public record RollupQuery(
        Span span,
        Granularity granularity,
        String regionPrefix,
        @Nullable Integer grade) {
    public RollupQuery {
        if (!regionPrefix.matches("([0-9]{2}){0,3}")) throw new InvalidInput("region", "must be a GB/T 2260 code");
        if (grade != null && (grade < 0 || grade > 3)) throw new InvalidInput("grade", "must be 0, 1, 2 or 3");
    }

    /** The LIKE pattern of region codes within the prefix. */
    public String regionPattern() {
        return regionPrefix + "%";
    }
}
