package io.ehc.card;

import io.ehc.shared.rollup.RollupQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cards issued and active, from the card rollup (exact at all times: kept in the transaction of every issuance and
 * change of state). Issued counts issuances in a period; active counts cards in state {@link CardStatus#ACTIVE} at
 * the end of a period. The region is the card's home region.
 */
public interface CardStatistics {
    /** What cards are broken down by. */
    enum Dimension {
        ALL,
        HOME_PROVINCE,
        HOME_CITY,
        HOME_COUNTY,
        CHANNEL,
        /** The issuing institution; the empty key for cards issued online. */
        INSTITUTION
    }

    /** Cards issued in a period, and active at its end, for one key (period empty for a total). */
    record Figure(String period, String key, long issued, long active) {}

    /**
     * Per period of the query and key. With {@code institutions}, only cards issued by those institutions count
     * (the query's grade is for the caller to turn into institutions; it is not applied here).
     */
    List<Figure> figures(Dimension dimension, RollupQuery query, @Nullable Collection<String> institutions);

    /** Cards issued up to and including {@code day} and active at its end, per key, within a home-region prefix. */
    List<Figure> totals(Dimension dimension, LocalDate day, String regionPrefix);

    /** The rollup counted again from the cards' histories; for a change of the node's time zone. */
    void rebuild();
}
