package io.ehc.statistics.application;

import io.ehc.healthcode.CodeDisplayStatistics;
import io.ehc.healthcode.CodeDisplayStatistics.Dimension;
import io.ehc.shared.error.InvalidInput;
import io.ehc.statistics.domain.Filters;
import io.ehc.statistics.domain.Table;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** 亮码次数: code displays (every code generated or refreshed) by code type or the card's home city or county. */
@Service
public class CountCodeDisplays {
    public static final List<String> GROUPS = List.of("total", "type", "city", "county");
    private static final Map<String, String> TYPES = Map.of("0", "动态码", "1", "静态码", "9", "临时卡静态码");

    private final CodeDisplayStatistics displays;
    private final Names names;

    CountCodeDisplays(CodeDisplayStatistics displays, Names names) {
        this.displays = displays;
        this.names = names;
    }

    public Table count(Filters f, String groupBy) {
        f.withoutGrade("code displays");
        Dimension d;
        Function<String, String> name;
        switch (groupBy) {
            case "total" -> {
                d = Dimension.ALL;
                name = k -> "合计";
            }
            case "type" -> {
                d = Dimension.CODE_TYPE;
                name = k -> TYPES.getOrDefault(k, k);
            }
            case "city" -> {
                d = Dimension.HOME_CITY;
                name = names::region;
            }
            case "county" -> {
                d = Dimension.HOME_COUNTY;
                name = names::region;
            }
            default -> throw new InvalidInput("groupBy", "must be one of " + String.join(", ", GROUPS));
        }
        Table.Builder t = Figures.table("codeDisplays", f, "period", "key", "name", "displays")
                .query("groupBy", groupBy);
        long total = 0;
        for (CodeDisplayStatistics.Count c : displays.count(d, f.rollup())) {
            t.row(c.period(), "total".equals(groupBy) ? "total" : c.key(), name.apply(c.key()), c.displays());
            total += c.displays();
        }
        return t.query("total", total).build();
    }
}
