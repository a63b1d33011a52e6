package io.ehc.statistics.domain;

import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.rollup.Granularity;
import io.ehc.shared.rollup.RollupQuery;
import io.ehc.shared.rollup.Span;
import io.ehc.shared.rollup.Tiers;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What every figure is filtered by: region, period (whole local days, both ends included), granularity and
 * optionally an institution grade. The limits keep every answer small: hourly figures for the last
 * {@value Tiers#HOURLY_DAYS} days (the hourly tier keeps no more) and at most 31 days at a time, daily figures for at
 * most 366 days, monthly and total figures for at most ten years.
 */
public record Filters(
        RegionScope region,
        Span span,
        Granularity granularity,
        @Nullable Integer grade) {
    public static final int MAX_HOUR_DAYS = 31;
    public static final int MAX_DAY_DAYS = 366;
    public static final int MAX_DAYS = 3660;

    public Filters {
        if (grade != null && (grade < 0 || grade > 3)) throw new InvalidInput("grade", "must be 0, 1, 2 or 3");
    }

    /** Checks the period against the limits of its granularity, {@code today} being the node's local date. */
    public Filters checked(LocalDate today) {
        long days = span.days();
        switch (granularity) {
            case HOUR -> {
                if (span.from().isBefore(today.minusDays(Tiers.HOURLY_DAYS - 1)))
                    throw new InvalidInput(
                            "from",
                            "hourly figures cover the last " + Tiers.HOURLY_DAYS + " days; use granularity day");
                if (days > MAX_HOUR_DAYS)
                    throw new InvalidInput("to", "hourly figures cover at most " + MAX_HOUR_DAYS + " days at a time");
            }
            case DAY -> {
                if (days > MAX_DAY_DAYS)
                    throw new InvalidInput("to", "daily figures cover at most " + MAX_DAY_DAYS + " days at a time");
            }
            case MONTH, TOTAL -> {
                if (days > MAX_DAYS) throw new InvalidInput("to", "the period is limited to ten years");
            }
        }
        return this;
    }

    public RollupQuery rollup() {
        return new RollupQuery(span, granularity, region.prefix(), grade);
    }

    /** Refuses a grade for figures that are not counted per institution. */
    public Filters withoutGrade(String figure) {
        if (grade != null) throw new InvalidInput("grade", "does not apply to " + figure);
        return this;
    }
}
