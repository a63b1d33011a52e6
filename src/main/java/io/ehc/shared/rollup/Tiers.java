package io.ehc.shared.rollup;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Which tiers answer a period exactly, and how their buckets are labelled. A daily or total figure over whole
 * months reads the monthly tier for the months and the daily tier for the days around them; an hourly figure reads
 * the hourly tier, which keeps the last {@link #HOURLY_DAYS} days only (older hours are pruned; the days and months
 * they belong to keep counting).
 */
public final class Tiers {
    /** How long hourly buckets are kept and maintained. */
    public static final int HOURLY_DAYS = 35;

    public static final Duration HOURLY_RETENTION = Duration.ofDays(HOURLY_DAYS);

    private static final DateTimeFormatter HOUR_LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:00");
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("yyyy-MM");

    private Tiers() {}

    /** Buckets of one tier from {@code from} (included) to {@code to} (excluded). */
    public record Range(Grain grain, Instant from, Instant to) {}

    /** The ranges of tiers that together cover the span exactly, each bucket once, for the granularity asked. */
    public static List<Range> cover(Span span, Granularity granularity, ZoneId zone) {
        return cover(span, granularity, zone, true);
    }

    /** Like {@link #cover(Span, Granularity, ZoneId)}, for a rollup that keeps a monthly tier or not. */
    public static List<Range> cover(Span span, Granularity granularity, ZoneId zone, boolean monthly) {
        if (!monthly && granularity != Granularity.HOUR)
            return List.of(range(Grain.DAY, span.from(), span.toExclusive(), zone));
        LocalDate from = span.from();
        LocalDate end = span.toExclusive();
        List<Range> ranges = new ArrayList<>(3);
        switch (granularity) {
            case HOUR -> ranges.add(range(Grain.HOUR, from, end, zone));
            case DAY -> ranges.add(range(Grain.DAY, from, end, zone));
            case MONTH, TOTAL -> {
                LocalDate firstFull = from.getDayOfMonth() == 1
                        ? from
                        : from.withDayOfMonth(1).plusMonths(1);
                LocalDate lastFullEnd = end.withDayOfMonth(1);
                if (firstFull.isBefore(lastFullEnd)) {
                    if (from.isBefore(firstFull)) ranges.add(range(Grain.DAY, from, firstFull, zone));
                    ranges.add(range(Grain.MONTH, firstFull, lastFullEnd, zone));
                    if (lastFullEnd.isBefore(end)) ranges.add(range(Grain.DAY, lastFullEnd, end, zone));
                } else {
                    ranges.add(range(Grain.DAY, from, end, zone));
                }
            }
        }
        return ranges;
    }

    private static Range range(Grain grain, LocalDate from, LocalDate to, ZoneId zone) {
        return new Range(
                grain,
                from.atStartOfDay(zone).toInstant(),
                to.atStartOfDay(zone).toInstant());
    }

    /** SQL condition selecting the covered buckets of a table with {@code grain} and {@code bucket} columns. */
    public static String where(List<Range> ranges) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0) b.append(" or ");
            b.append("(grain = '").append(ranges.get(i).grain().code()).append("' and bucket >= ? and bucket < ?)");
        }
        return b.append(')').toString();
    }

    /** The bind arguments of {@link #where}. */
    public static List<Object> args(List<Range> ranges) {
        List<Object> args = new ArrayList<>(ranges.size() * 2);
        for (Range r : ranges) {
            args.add(Timestamp.from(r.from()));
            args.add(Timestamp.from(r.to()));
        }
        return args;
    }

    /**
     * SQL expression of a bucket's period label: {@code 2026-11-25T08:00}, {@code 2026-11-25}, {@code 2026-11}, or
     * the empty string for a total. The zone is a validated zone ID, safe to embed.
     */
    public static String label(Granularity granularity, ZoneId zone) {
        String z = zoneLiteral(zone);
        return switch (granularity) {
            case TOTAL -> "''";
            case HOUR -> "to_char(bucket at time zone " + z + ", 'YYYY-MM-DD\"T\"HH24:00')";
            case DAY -> "to_char(bucket at time zone " + z + ", 'YYYY-MM-DD')";
            case MONTH -> "to_char(bucket at time zone " + z + ", 'YYYY-MM')";
        };
    }

    /** A zone ID as an SQL string literal; zone IDs are letters, digits and {@code /_+-} only. */
    public static String zoneLiteral(ZoneId zone) {
        String id = zone.getId();
        if (!id.matches("[A-Za-z0-9/_+-]+")) throw new IllegalArgumentException("unexpected zone ID");
        return "'" + id + "'";
    }

    /** Every period label of the span, in order; a single empty label for a total. */
    public static List<String> periods(Span span, Granularity granularity) {
        List<String> labels = new ArrayList<>();
        switch (granularity) {
            case TOTAL -> labels.add("");
            case HOUR -> {
                for (LocalDateTime t = span.from().atStartOfDay();
                        t.isBefore(span.toExclusive().atStartOfDay());
                        t = t.plusHours(1)) labels.add(HOUR_LABEL.format(t));
            }
            case DAY -> {
                for (LocalDate d = span.from(); d.isBefore(span.toExclusive()); d = d.plusDays(1))
                    labels.add(d.toString());
            }
            case MONTH -> {
                for (YearMonth m = YearMonth.from(span.from());
                        !m.isAfter(YearMonth.from(span.to()));
                        m = m.plusMonths(1)) labels.add(MONTH_LABEL.format(m));
            }
        }
        return labels;
    }

    /** The start of the local hour of an instant, as stored in hourly buckets. */
    public static Instant hourOf(Instant at, ZoneId zone) {
        return java.time.ZonedDateTime.ofInstant(at, zone)
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                .toInstant();
    }
}
