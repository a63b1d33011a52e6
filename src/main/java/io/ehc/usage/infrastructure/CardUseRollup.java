package io.ehc.usage.infrastructure;

import io.ehc.shared.Node;
import io.ehc.shared.rollup.Tiers;
import io.ehc.usage.domain.CardUse;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * What a use record adds to the rollups ({@code card_use_rollup}, {@code card_use_activity}): one increment keyed by
 * the local hour of use, the region of use, the grade, the care step and scene, the channel, the institution and the
 * card's home city. One statement per batch (or per reported use) appends the summed increments to
 * {@code card_use_rollup_delta}, in the transaction of the uses; {@link RollupFolder} folds them into the rollups
 * (V19: {@code fold_card_use_rollup_deltas}), which spreads them over the dimensions,
 * tiers (day; hour for the last {@value Tiers#HOURLY_DAYS} days by step and channel; month by institution and in the
 * activity table) and region levels (county, city, province) of both tables. The SQL function
 * {@code rebuild_card_use_rollups} (V19) sums the records into the same deltas and folds them.
 */
@Component
class CardUseRollup {
    /** Receives one increment by 1: the statement it belongs to and its key columns. */
    interface Sink {
        void add(String sql, String... key);
    }

    private final String sql;
    private final ZoneId zone;

    CardUseRollup(Node node) {
        this.zone = node.zone();
        this.sql = """
                insert into card_use_rollup_delta (hour, use_region, grade, step, scene, channel, institution, home, n)
                select k.hour::timestamptz, k.use_region, k.grade::smallint, k.step, k.scene, k.channel, k.institution,
                    k.home, k.n
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::bigint[]) as k(hour, use_region, grade, step, scene, channel, institution, home, n)
                """;
    }

    void increments(CardUse u, Sink sink) {
        sink.add(
                sql,
                Tiers.hourOf(u.usedAt(), zone).toString(),
                u.useRegion(),
                Integer.toString(u.institutionGrade()),
                u.careStep().code(),
                u.scene() == null ? "" : u.scene().code(),
                u.channel(),
                u.institutionCode(),
                u.homeRegion().substring(0, 4) + "00");
    }
}
