package io.ehc.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.rollup.Granularity;
import io.ehc.shared.rollup.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiltersTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    static final RegionScope HUNAN = new RegionScope("430000", "湖南省");

    static Filters of(String from, String to, Granularity g) {
        return new Filters(HUNAN, new Span(LocalDate.parse(from), LocalDate.parse(to)), g, null);
    }

    @Test
    void aRegionCoversTheCodesUnderIt() {
        assertThat(HUNAN.prefix()).isEqualTo("43");
        assertThat(HUNAN.level()).isEqualTo(1);
        RegionScope changsha = new RegionScope("430100", "长沙市");
        assertThat(changsha.prefix()).isEqualTo("4301");
        assertThat(changsha.contains("430102")).isTrue();
        assertThat(changsha.contains("430202")).isFalse();
        RegionScope furong = new RegionScope("430102", "芙蓉区");
        assertThat(furong.prefix()).isEqualTo("430102");
        assertThat(furong.level()).isEqualTo(3);
        assertThatThrownBy(() -> new RegionScope("43", "?")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void hourlyFiguresCoverTheLast35DaysAndAtMost31DaysAtATime() {
        of("2026-10-22", "2026-11-21", Granularity.HOUR).checked(TODAY);
        assertThatThrownBy(
                        () -> of("2026-10-21", "2026-10-22", Granularity.HOUR).checked(TODAY))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("last 35 days");
        assertThatThrownBy(
                        () -> of("2026-10-22", "2026-11-25", Granularity.HOUR).checked(TODAY))
                .hasMessageContaining("at most 31 days");
    }

    @Test
    void dailyFiguresCoverAYearAndTotalsTenYears() {
        of("2025-11-25", "2026-11-25", Granularity.DAY).checked(TODAY);
        assertThatThrownBy(() -> of("2025-11-23", "2026-11-25", Granularity.DAY).checked(TODAY))
                .hasMessageContaining("at most 366 days");
        of("2017-01-01", "2026-11-25", Granularity.MONTH).checked(TODAY);
        assertThatThrownBy(
                        () -> of("2010-01-01", "2026-11-25", Granularity.TOTAL).checked(TODAY))
                .hasMessageContaining("ten years");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsAndGradesOutsideZeroToThree() {
        assertThatThrownBy(() -> of("2026-11-25", "2026-11-24", Granularity.TOTAL))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("from");
        assertThatThrownBy(() -> new Filters(HUNAN, new Span(TODAY, TODAY), Granularity.TOTAL, 4))
                .hasMessageContaining("grade");
        assertThatThrownBy(
                        () -> new Filters(HUNAN, new Span(TODAY, TODAY), Granularity.TOTAL, 3).withoutGrade("coverage"))
                .hasMessageContaining("does not apply to coverage");
    }

    @Test
    void sharesAreRoundedToFourPlaces() {
        assertThat(Table.share(1, 3)).isEqualTo(0.3333);
        assertThat(Table.share(2, 3)).isEqualTo(0.6667);
        assertThat(Table.share(5, 0)).isZero();
    }
}
