package io.ehc.shared.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TiersTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static Tiers.Range range(Grain g, String from, String to) {
        return new Tiers.Range(
                g,
                LocalDate.parse(from).atStartOfDay(SHANGHAI).toInstant(),
                LocalDate.parse(to).atStartOfDay(SHANGHAI).toInstant());
    }

    @Test
    void coversWholeMonthsWithTheMonthlyTierAndTheDaysAroundThemWithTheDailyTier() {
        Span span = new Span(LocalDate.parse("2026-01-20"), LocalDate.parse("2026-04-10"));
        assertThat(Tiers.cover(span, Granularity.TOTAL, SHANGHAI))
                .containsExactly(
                        range(Grain.DAY, "2026-01-20", "2026-02-01"),
                        range(Grain.MONTH, "2026-02-01", "2026-04-01"),
                        range(Grain.DAY, "2026-04-01", "2026-04-11"));
        assertThat(Tiers.cover(span, Granularity.MONTH, SHANGHAI)).hasSize(3);
    }

    @Test
    void usesOnlyMonthsWhenThePeriodIsWholeMonthsAndOnlyDaysWithinAMonth() {
        assertThat(Tiers.cover(
                        new Span(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")),
                        Granularity.TOTAL,
                        SHANGHAI))
                .containsExactly(range(Grain.MONTH, "2026-01-01", "2027-01-01"));
        assertThat(Tiers.cover(
                        new Span(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-30")),
                        Granularity.TOTAL,
                        SHANGHAI))
                .containsExactly(range(Grain.DAY, "2026-03-05", "2026-03-31"));
    }

    @Test
    void aRollupWithoutMonthsIsReadByDays() {
        Span span = new Span(LocalDate.parse("2026-01-20"), LocalDate.parse("2026-04-10"));
        assertThat(Tiers.cover(span, Granularity.MONTH, SHANGHAI, false))
                .containsExactly(range(Grain.DAY, "2026-01-20", "2026-04-11"));
        assertThat(Tiers.cover(span, Granularity.HOUR, SHANGHAI, false))
                .containsExactly(range(Grain.HOUR, "2026-01-20", "2026-04-11"));
    }

    @Test
    void dailyAndHourlyFiguresReadTheirOwnTier() {
        Span span = new Span(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"));
        assertThat(Tiers.cover(span, Granularity.DAY, SHANGHAI))
                .containsExactly(range(Grain.DAY, "2026-01-01", "2026-04-01"));
        assertThat(Tiers.cover(span, Granularity.HOUR, SHANGHAI))
                .containsExactly(range(Grain.HOUR, "2026-01-01", "2026-04-01"));
    }

    @Test
    void aBeijingDayStartsAtSixteenHundredUtc() {
        assertThat(new Span(LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-25")).start(SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-24T16:00:00Z"));
        assertThat(Tiers.hourOf(Instant.parse("2026-11-24T16:59:59.999Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-24T16:00:00Z"));
    }

    @Test
    void labelsEveryPeriodOfTheSpan() {
        Span span = new Span(LocalDate.parse("2026-01-30"), LocalDate.parse("2026-02-01"));
        assertThat(Tiers.periods(span, Granularity.DAY)).containsExactly("2026-01-30", "2026-01-31", "2026-02-01");
        assertThat(Tiers.periods(span, Granularity.MONTH)).containsExactly("2026-01", "2026-02");
        assertThat(Tiers.periods(span, Granularity.TOTAL)).containsExactly("");
        List<String> hours = Tiers.periods(span, Granularity.HOUR);
        assertThat(hours).hasSize(72).startsWith("2026-01-30T00:00").endsWith("2026-02-01T23:00");
    }

    @Test
    void selectsTheCoveredBucketsWithBindArguments() {
        var ranges = Tiers.cover(
                new Span(LocalDate.parse("2026-01-20"), LocalDate.parse("2026-03-10")), Granularity.TOTAL, SHANGHAI);
        assertThat(Tiers.where(ranges))
                .isEqualTo(
                        "((grain = 'D' and bucket >= ? and bucket < ?) or (grain = 'M' and bucket >= ? and bucket < ?)"
                                + " or (grain = 'D' and bucket >= ? and bucket < ?))");
        assertThat(Tiers.args(ranges)).hasSize(6);
        assertThat(Tiers.label(Granularity.MONTH, SHANGHAI))
                .isEqualTo("to_char(bucket at time zone 'Asia/Shanghai', 'YYYY-MM')");
    }
}
