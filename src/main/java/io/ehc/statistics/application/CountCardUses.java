package io.ehc.statistics.application;

import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.rollup.RollupQuery;
import io.ehc.statistics.domain.Filters;
import io.ehc.statistics.domain.Table;
import io.ehc.usage.CardUseStatistics;
import io.ehc.usage.CardUseStatistics.Count;
import io.ehc.usage.CardUseStatistics.Dimension;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** 用卡次数: card uses by care step, scene, channel, institution, city, county, home city or cross-region, per period. */
@Service
public class CountCardUses {
    public static final List<String> GROUPS = List.of(
            "total", "careStep", "scene", "channel", "institution", "city", "county", "homeCity", "crossRegion");

    private final CardUseStatistics uses;
    private final Names names;

    CountCardUses(CardUseStatistics uses, Names names) {
        this.uses = uses;
        this.names = names;
    }

    public Table count(Filters f, String groupBy) {
        RollupQuery q = f.rollup();
        List<Count> counts;
        Function<String, String> name;
        switch (groupBy) {
            case "total" -> {
                // Every use is in exactly one row of each dimension: the channel rows are the fewest to sum.
                counts = total(uses.byDimension(Dimension.CHANNEL, q));
                name = k -> "合计";
            }
            case "careStep" -> {
                counts = uses.byDimension(Dimension.CARE_STEP, q);
                name = names::careStep;
            }
            case "scene" -> {
                counts = uses.byDimension(Dimension.SCENE, q);
                name = names::scene;
            }
            case "channel" -> {
                counts = uses.byDimension(Dimension.CHANNEL, q);
                name = names::channel;
            }
            case "institution" -> {
                counts = uses.byDimension(Dimension.INSTITUTION, q);
                Map<String, String> inst = names.institutions(f.region().prefix());
                name = k -> inst.getOrDefault(k, k);
            }
            case "city" -> {
                counts = uses.byRegionOfUse(4, q);
                name = names::region;
            }
            case "county" -> {
                counts = uses.byRegionOfUse(6, q);
                name = names::region;
            }
            case "homeCity" -> {
                counts = uses.byDimension(Dimension.HOME_CITY, q);
                name = names::region;
            }
            case "crossRegion" -> {
                counts = uses.byCrossRegion(q);
                name = k -> "cross".equals(k) ? "异地用卡" : "本地用卡";
            }
            default -> throw new InvalidInput("groupBy", "must be one of " + String.join(", ", GROUPS));
        }
        Table.Builder t =
                Figures.table("uses", f, "period", "key", "name", "uses").query("groupBy", groupBy);
        long total = 0;
        for (Count c : counts) {
            t.row(c.period(), c.key(), name.apply(c.key()), c.uses());
            total += c.uses();
        }
        return t.query("total", total).build();
    }

    private static List<Count> total(List<Count> byStep) {
        Map<String, Long> sums = new TreeMap<>();
        for (Count c : byStep) sums.merge(c.period(), c.uses(), Long::sum);
        return sums.entrySet().stream()
                .map(e -> new Count(e.getKey(), "total", e.getValue()))
                .toList();
    }
}
