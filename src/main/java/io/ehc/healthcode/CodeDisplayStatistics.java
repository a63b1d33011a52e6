package io.ehc.healthcode;

import io.ehc.shared.rollup.RollupQuery;
import java.time.Instant;
import java.util.List;

/**
 * 亮码: code displays, every static or dynamic code generated or refreshed, counted per local hour, day and month,
 * home region of the card and code type. The region of a query is a prefix of the card's home region; grades do not
 * apply.
 */
public interface CodeDisplayStatistics {
    /** What displays are broken down by. */
    enum Dimension {
        ALL,
        /** 0 dynamic, 1 static, 9 temporary-card static. */
        CODE_TYPE,
        HOME_CITY,
        HOME_COUNTY
    }

    record Count(String period, String key, long displays) {}

    /** Displays counted elsewhere (a synthetic region, a migration), in one local hour. */
    record Displays(Instant hour, String homeRegion, String codeType, long displays) {}

    List<Count> count(Dimension dimension, RollupQuery query);

    /** Adds counted displays in one transaction (bulk loading). */
    void load(List<Displays> displays);
}
