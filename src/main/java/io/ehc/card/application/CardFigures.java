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
 * Card figures from the rollup. Active cards at the end of a period are those active before the period plus the net
 * changes of the active state up to its end, so a series needs one read before the period and one within it.
 */
@Service
public class CardFigures implements CardStatistics {
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
        if (q.span().from().isAfter(Span.BEGINNING)) {
            Span before = Span.until(q.span().from().minusDays(1));
            for (CardRollups.Change c : rollups.changes(key, before, Granularity.TOTAL, q.regionPrefix(), only))
                active.merge(c.key(), c.activeNet(), Long::sum);
        }
        Map<String, Map<String, CardRollups.Change>> byPeriod = new HashMap<>();
        TreeSet<String> keys = new TreeSet<>(active.keySet());
        for (CardRollups.Change c : rollups.changes(key, q.span(), q.granularity(), q.regionPrefix(), only)) {
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

    @Override
    @Transactional(readOnly = true)
    public List<Figure> totals(Dimension dimension, LocalDate day, String regionPrefix) {
        return rollups.changes(key(dimension), Span.until(day), Granularity.TOTAL, regionPrefix, null).stream()
                .map(c -> new Figure("", c.key(), c.issued(), c.activeNet()))
                .toList();
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
