package io.ehc.statistics.application;

import io.ehc.shared.Node;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.region.Regions;
import io.ehc.shared.rollup.Granularity;
import io.ehc.shared.rollup.Span;
import io.ehc.statistics.domain.Filters;
import io.ehc.statistics.domain.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns the parameters of a figure request into checked {@link Filters}: the region defaults to the node's region
 * and must exist in GB/T 2260; the period defaults to the 30 days up to today (the node's local date).
 */
@Component
public class FigureFilters {
    private final Regions regions;
    private final Node node;
    private final Clock clock;

    FigureFilters(Regions regions, Node node, Clock clock) {
        this.regions = regions;
        this.node = node;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(node.zone()));
    }

    public RegionScope region(@Nullable String code) {
        String c = code == null || code.isBlank() ? node.region() : code.strip();
        if (!c.matches("[0-9]{6}")) throw new InvalidInput("region", "must be a six-digit GB/T 2260 code");
        var region = regions.find(c).orElseThrow(() -> new InvalidInput("region", "is not a region of GB/T 2260"));
        return new RegionScope(region.code(), region.name());
    }

    public Filters of(
            @Nullable String region,
            @Nullable String from,
            @Nullable String to,
            @Nullable String granularity,
            @Nullable Integer grade) {
        LocalDate end = date("to", to, today());
        LocalDate start = date("from", from, end.minusDays(29));
        Granularity g =
                granularity == null || granularity.isBlank() ? Granularity.TOTAL : Granularity.parse(granularity);
        return new Filters(region(region), new Span(start, end), g, grade).checked(today());
    }

    static LocalDate date(String field, @Nullable String text, LocalDate fallback) {
        if (text == null || text.isBlank()) return fallback;
        try {
            LocalDate d = LocalDate.parse(text.strip());
            if (d.isBefore(Span.BEGINNING) || d.getYear() > 9999)
                throw new InvalidInput(field, "must be a date after 1970");
            return d;
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date yyyy-MM-dd");
        }
    }
}
