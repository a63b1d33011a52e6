package io.ehc.shared.rollup;

import io.ehc.shared.error.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A period of whole local days, both ends included: what a regulator asks for ("1 to 30 November"). */
public record Span(LocalDate from, LocalDate to) {
    /** Far enough back to hold every record of the platform; used for "since the beginning". */
    public static final LocalDate BEGINNING = LocalDate.of(1970, 1, 1);

    public Span {
        if (to.isBefore(from)) throw new InvalidInput("from", "must not be after to");
    }

    public LocalDate toExclusive() {
        return to.plusDays(1);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, toExclusive());
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end(ZoneId zone) {
        return toExclusive().atStartOfDay(zone).toInstant();
    }

    /** Everything up to and including {@code to}. */
    public static Span until(LocalDate to) {
        return new Span(BEGINNING, to);
    }
}
