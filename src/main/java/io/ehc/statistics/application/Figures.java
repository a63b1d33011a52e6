package io.ehc.statistics.application;

import io.ehc.statistics.domain.Filters;
import io.ehc.statistics.domain.Table;

/** The part of every figure's table that says what was asked. */
final class Figures {
    private Figures() {}

    static Table.Builder table(String figure, Filters f, String... columns) {
        return new Table.Builder(figure, columns)
                .query("region", f.region().code())
                .query("regionName", f.region().name())
                .query("from", f.span().from().toString())
                .query("to", f.span().to().toString())
                .query("granularity", f.granularity().label())
                .query("grade", f.grade());
    }
}
