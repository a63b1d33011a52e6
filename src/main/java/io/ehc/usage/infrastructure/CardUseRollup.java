package io.ehc.usage.infrastructure;

import io.ehc.shared.Node;
import io.ehc.shared.rollup.Tiers;
import io.ehc.usage.domain.CardUse;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * What a use record adds to the rollups ({@code card_use_rollup}, {@code card_use_activity}): one increment keyed by
 * the local hour of use, the region of use, the grade, the care step and scene, the channel, the institution and the
 * card's home city. One statement per batch (or per reported use) spreads the summed increments over the dimensions,
 * tiers (day; hour for the last {@value Tiers#HOURLY_DAYS} days by step and channel; month by institution and in the
 * activity table) and region levels (county, city, province) of both tables. The SQL function
 * {@code rebuild_card_use_rollups} (V11) computes the same from the records.
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
                with k as (
                    select k.hour::timestamptz as hour, k.use_region, k.grade::smallint as grade, k.step, k.scene,
                        k.channel, k.institution, k.home, k.n
                    from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::bigint[]) as k(hour, use_region, grade, step, scene, channel, institution, home, n)
                ), activity as (
                    insert into card_use_activity (grain, bucket, use_city, care_step, scene, channel, uses)
                    select g.grain, g.bucket, left(k.use_region, 4) || '00', k.step, k.scene, k.channel, sum(k.n)
                    from k
                    cross join lateral (values ('D', date_trunc('day', k.hour, %1$s)),
                                               ('M', date_trunc('month', k.hour, %1$s))) as g(grain, bucket)
                    group by 1, 2, 3, 4, 5, 6
                    order by 1, 2, 3, 4, 5, 6
                    on conflict (grain, bucket, use_city, care_step, scene, channel)
                    do update set uses = card_use_activity.uses + excluded.uses
                )
                insert into card_use_rollup (grain, dim, level, bucket, use_region, grade, value, uses)
                select g.grain, d.dim, r.level, g.bucket, r.region, k.grade, d.value, sum(k.n)
                from k
                cross join lateral (values ('H', k.hour),
                                           ('D', date_trunc('day', k.hour, %1$s)),
                                           ('M', date_trunc('month', k.hour, %1$s))) as g(grain, bucket)
                cross join lateral (values ('step', k.step || ':' || k.scene),
                                           ('channel', k.channel),
                                           ('institution', k.institution),
                                           ('home', k.home)) as d(dim, value)
                cross join lateral (values (3, k.use_region),
                                           (2, left(k.use_region, 4) || '00'),
                                           (1, left(k.use_region, 2) || '0000')) as r(level, region)
                where (g.grain <> 'H' or (g.bucket >= now() - interval '%2$d days' and d.dim in ('step', 'channel')))
                  and (g.grain <> 'M' or d.dim = 'institution')
                  and (r.level = 3 or d.dim <> 'institution')
                  and (r.level > 1 or d.dim <> 'home')
                group by 1, 2, 3, 4, 5, 6, 7
                order by 1, 2, 3, 4, 5, 6, 7
                on conflict (grain, dim, level, bucket, use_region, grade, value)
                do update set uses = card_use_rollup.uses + excluded.uses
                """.formatted(Tiers.zoneLiteral(zone), Tiers.HOURLY_DAYS);
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
