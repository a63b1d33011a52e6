package io.ehc.card.application;

import io.ehc.card.CardStatistics;
import io.ehc.card.domain.CardRollups;
import io.ehc.shared.rollup.Granularity;
import io.ehc.shared.rollup.RollupQuery;
import io.ehc.shared.rollup.Span;
import io.ehc.shared.rollup.Tiers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Card figures from the rollup. Cards active (or issued) by the end of a past day are those now minus the changes
 * after that day, so a figure reads the all-time bucket and the buckets from the start of its period on, never the
 * whole history.
 */
@Service
public class CardFigures implements CardStatistics {
    /** Later than any change: the end of "everything after a day". */
    private static final LocalDate FAR = LocalDate.of(2999, 12, 31);

    private final CardRollups rollups;

    CardFigures(CardRollups rollups) {
        this.rollups = rollups;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Dimension dimension, RollupQuery q, @Nullable Collection<String> institutions) {
        String key = key(dimension);
        List<String> only = institutions == null ? null : List.copyOf(institutions);
        Map<String, Long> active = new HashMap<>();
        for (CardRollups.Change c : rollups.current(key, q.regionPrefix(), only)) active.put(c.key(), c.activeNet());
        Span since = new Span(q.span().from(), FAR);
        List<CardRollups.Change> sinceFrom = rollups.changes(key, since, Granularity.TOTAL, q.regionPrefix(), only);
        for (CardRollups.Change c : sinceFrom) active.merge(c.key(), -c.activeNet(), Long::sum);
        List<CardRollups.Change> within = q.granularity() == Granularity.TOTAL
                ? minus(sinceFrom, rollups.changes(key, after(q.span()), Granularity.TOTAL, q.regionPrefix(), only))
                : rollups.changes(key, q.span(), q.granularity(), q.regionPrefix(), only);
        Map<String, Map<String, CardRollups.Change>> byPeriod = new HashMap<>();
        TreeSet<String> keys = new TreeSet<>(active.keySet());
        for (CardRollups.Change c : within) {
            byPeriod.computeIfAbsent(c.period(), p -> new HashMap<>()).put(c.key(), c);
            keys.add(c.key());
        }
        List<Figure> out = new ArrayList<>();
        for (String period : Tiers.periods(q.span(), q.granularity())) {
            Map<String, CardRollups.Change> changes = byPeriod.getOrDefault(period, Map.of());
            for (String k : keys) {
                CardRollups.Change c = changes.get(k);
                long issued = c == null ? 0 : c.issued();
                long now = active.merge(k, c == null ? 0 : c.activeNet(), Long::sum);
                if (issued != 0 || now != 0) out.add(new Figure(period, k, issued, now));
            }
        }
        return out;
    }

    /** Everything after the span: usually nothing, or the monthly buckets of the months after it. */
    private static Span after(Span span) {
        return new Span(span.to().plusDays(1), FAR);
    }

    /**
     * The changes within a period as those since its start minus those after its end: both read monthly buckets for
     * whole months, where reading the period itself would read the daily buckets of its last, unfinished month.
     */
    private static List<CardRollups.Change> minus(List<CardRollups.Change> since, List<CardRollups.Change> after) {
        Map<String, long[]> sums = new java.util.TreeMap<>();
        for (CardRollups.Change c : since) {
            long[] v = sums.computeIfAbsent(c.key(), k -> new long[2]);
            v[0] += c.issued();
            v[1] += c.activeNet();
        }
        for (CardRollups.Change c : after) {
            long[] v = sums.computeIfAbsent(c.key(), k -> new long[2]);
            v[0] -= c.issued();
            v[1] -= c.activeNet();
        }
        List<CardRollups.Change> out = new ArrayList<>(sums.size());
        sums.forEach((k, v) -> out.add(new CardRollups.Change("", k, v[0], v[1])));
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> totals(Dimension dimension, LocalDate day, String regionPrefix) {
        Map<String, long[]> byKey = new java.util.TreeMap<>();
        for (CardRollups.Change c : rollups.current(key(dimension), regionPrefix, null))
            byKey.put(c.key(), new long[] {c.issued(), c.activeNet()});
        Span later = new Span(day.plusDays(1), FAR);
        for (CardRollups.Change c : rollups.changes(key(dimension), later, Granularity.TOTAL, regionPrefix, null)) {
            long[] v = byKey.computeIfAbsent(c.key(), k -> new long[2]);
            v[0] -= c.issued();
            v[1] -= c.activeNet();
        }
        List<Figure> out = new ArrayList<>();
        byKey.forEach((k, v) -> {
            if (v[0] != 0 || v[1] != 0) out.add(new Figure("", k, v[0], v[1]));
        });
        return out;
    }

    @Override
    @Transactional
    public void rebuild() {
        rollups.rebuild();
    }

    private static String key(Dimension d) {
        return switch (d) {
            case ALL -> "all";
            case HOME_PROVINCE -> "province";
            case HOME_CITY -> "city";
            case HOME_COUNTY -> "county";
            case CHANNEL -> "channel";
            case INSTITUTION -> "institution";
        };
    }
}
