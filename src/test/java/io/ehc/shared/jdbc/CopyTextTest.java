package io.ehc.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CopyTextTest {
    static String text(Object v) {
        StringBuilder b = new StringBuilder();
        CopyRows.appendValue(b, v);
        return b.toString();
    }

    @Test
    void writesPostgresCopyTextFormat() {
        assertThat(text(null)).isEqualTo("\\N");
        assertThat(text(true)).isEqualTo("t");
        assertThat(text("a\tb\nc\\d\re")).isEqualTo("a\\tb\\nc\\\\d\\re");
        assertThat(text(Timestamp.from(Instant.parse("2026-11-25T01:02:03.456Z"))))
                .isEqualTo("2026-11-25T01:02:03.456000000Z");
        assertThat(text(42)).isEqualTo("42");
    }

    /** The hand-written form reads back as the same instant, at the edges of days, years and the supported range. */
    @Test
    void instantsReadBackAsTheSameInstant() {
        java.util.Random random = new java.util.Random(5);
        java.util.List<Instant> instants = new java.util.ArrayList<>(java.util.List.of(
                Instant.EPOCH,
                Instant.parse("2024-02-29T23:59:59.999999999Z"),
                Instant.parse("2026-12-31T23:59:59Z"),
                Instant.parse("2027-01-01T00:00:00.000001Z"),
                Instant.parse("9999-12-31T23:59:59.5Z"),
                Instant.parse("1969-12-31T23:59:59Z"),
                Instant.parse("+10000-01-01T00:00:00Z")));
        for (int i = 0; i < 10_000; i++)
            instants.add(Instant.ofEpochSecond(random.nextLong(253_402_300_800L), random.nextInt(1_000_000_000)));
        for (Instant t : instants) {
            assertThat(Instant.parse(text(t))).as("%s", t).isEqualTo(t);
            assertThat(Instant.parse(text(Timestamp.from(t)))).as("%s", t).isEqualTo(t);
        }
        assertThat(text(Instant.parse("2026-03-04T05:06:07.000000089Z"))).isEqualTo("2026-03-04T05:06:07.000000089Z");
    }

    @Test
    void aLineIsTheRowsValuesSeparatedByTabsWithItsLineEnd() {
        StringBuilder line = new StringBuilder();
        CopyRows.appendLine(line, new Object[] {7, "门诊\t一", null, false});
        assertThat(line.toString()).isEqualTo("7\t门诊\\t一\t\\N\tf\n");
    }

    @Test
    void arrayElementsAreQuotedWithQuotesAndBackslashesEscapedAndNullBare() {
        String[] elements = CopyRows.arrayElements(
                new Object[] {7, "门诊\t\"一\",{二}", null, false, "NULL", Instant.parse("2026-11-25T01:02:03Z")});
        assertThat(elements)
                .containsExactly(
                        "\"7\"",
                        "\"门诊\t\\\"一\\\",{二}\"",
                        "NULL",
                        "\"f\"",
                        "\"NULL\"",
                        "\"2026-11-25T01:02:03.000000000Z\"");
    }
}
