package io.ehc.usage.infrastructure;

import io.ehc.shared.Node;
import io.ehc.shared.rollup.Tiers;
import io.ehc.usage.domain.CardUse;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The increments a use record adds to the rollups ({@code card_use_rollup}, {@code card_use_activity}): one per
 * dimension, keyed by the local hour of use; the statements spread them over the hourly (last
 * {@value Tiers#HOURLY_DAYS} days), daily and monthly tiers and the region levels (county, city, province). The SQL
 * function {@code rebuild_card_use_rollups} (V11) computes the same from the records.
 */
@Component
class CardUseRollup {
    /** Receives one increment by 1: the statement it belongs to and its key columns. */
    interface Sink {
        void add(String sql, String... key);
    }

    private final String rollupSql;
    private final String activitySql;
    private final ZoneId zone;

    CardUseRollup(Node node) {
        this.zone = node.zone();
        String z = Tiers.zoneLiteral(zone);
        this.rollupSql = """
                insert into card_use_rollup (grain, dim, level, bucket, use_region, grade, value, uses)
                select g.grain, k.dim, r.level, g.bucket, r.region, k.grade::smallint, k.value, sum(k.n)
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[])
                    as k(hour, dim, use_region, grade, value, n)
                cross join lateral (values ('H', k.hour::timestamptz),
                                           ('D', date_trunc('day', k.hour::timestamptz, %1$s)),
                                           ('M', date_trunc('month', k.hour::timestamptz, %1$s))) as g(grain, bucket)
                cross join lateral (values (3, k.use_region),
                                           (2, left(k.use_region, 4) || '00'),
                                           (1, left(k.use_region, 2) || '0000')) as r(level, region)
                where (g.grain <> 'H' or g.bucket >= now() - interval '%2$d days')
                  and (r.level = 3 or k.dim <> 'institution')
                group by 1, 2, 3, 4, 5, 6, 7
                order by 1, 2, 3, 4, 5, 6, 7
                on conflict (grain, dim, level, bucket, use_region, grade, value)
                do update set uses = card_use_rollup.uses + excluded.uses
                """.formatted(z, Tiers.HOURLY_DAYS);
        this.activitySql = """
                insert into card_use_activity (grain, bucket, use_city, care_step, scene, channel, uses)
                select g.grain, g.bucket, k.use_city, k.care_step, k.scene, k.channel, sum(k.n)
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[])
                    as k(hour, use_city, care_step, scene, channel, n)
                cross join lateral (values ('D', date_trunc('day', k.hour::timestamptz, %1$s)),
                                           ('M', date_trunc('month', k.hour::timestamptz, %1$s))) as g(grain, bucket)
                group by 1, 2, 3, 4, 5, 6
                order by 1, 2, 3, 4, 5, 6
                on conflict (grain, bucket, use_city, care_step, scene, channel)
                do update set uses = card_use_activity.uses + excluded.uses
                """.formatted(z);
    }

    void increments(CardUse u, Sink sink) {
        String hour = Tiers.hourOf(u.usedAt(), zone).toString();
        String region = u.useRegion();
        String grade = Integer.toString(u.institutionGrade());
        String step = u.careStep().code();
        String scene = u.scene() == null ? "" : u.scene().code();
        sink.add(rollupSql, hour, "step", region, grade, step);
        sink.add(rollupSql, hour, "scene", region, grade, scene);
        sink.add(rollupSql, hour, "channel", region, grade, u.channel());
        sink.add(rollupSql, hour, "institution", region, grade, u.institutionCode());
        sink.add(rollupSql, hour, "home", region, grade, u.homeRegion().substring(0, 4) + "00");
        sink.add(activitySql, hour, u.useCity(), step, scene, u.channel());
    }
}
