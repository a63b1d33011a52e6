package io.ehc.card.infrastructure;

import io.ehc.card.CardStatus;
import io.ehc.card.domain.Card;
import io.ehc.shared.Node;
import io.ehc.shared.jdbc.Increments;
import io.ehc.shared.rollup.Tiers;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The increments of {@code card_rollup} for an issuance or a change of state; applied in the transaction that
 * writes the card. The SQL function {@code rebuild_card_rollups} (V12) computes the same from the history.
 */
@Component
class CardRollup {
    private final String sql;
    private final ZoneId zone;

    CardRollup(Node node) {
        this.zone = node.zone();
        String z = Tiers.zoneLiteral(zone);
        this.sql = """
                insert into card_rollup (grain, dim, level, bucket, home_region, status, value, issued, net)
                select g.grain, d.dim, r.level, g.bucket, r.region, k.status, d.value,
                       coalesce(sum(k.n) filter (where k.measure = 'issued'), 0),
                       coalesce(sum(k.n) filter (where k.measure = 'net'), 0)
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[])
                    as k(at, home_region, channel, institution, status, measure, n)
                cross join lateral (values ('A', 'epoch'::timestamptz),
                                           ('D', date_trunc('day', k.at::timestamptz, %1$s)),
                                           ('M', date_trunc('month', k.at::timestamptz, %1$s))) as g(grain, bucket)
                cross join lateral (values ('channel', k.channel),
                                           ('issuer', k.channel || ':' || k.institution)) as d(dim, value)
                cross join lateral (values (3, k.home_region),
                                           (2, left(k.home_region, 4) || '00'),
                                           (1, left(k.home_region, 2) || '0000')) as r(level, region)
                group by 1, 2, 3, 4, 5, 6, 7
                order by 1, 2, 3, 4, 5, 6, 7
                on conflict (grain, dim, level, bucket, home_region, status, value)
                do update set issued = card_rollup.issued + excluded.issued, net = card_rollup.net + excluded.net
                """.formatted(z);
    }

    void issued(Increments inc, Card c, CardStatus first, Instant at) {
        add(inc, c, first, at, "issued", 1);
        add(inc, c, first, at, "net", 1);
    }

    void changed(Increments inc, Card c, @Nullable CardStatus from, CardStatus to, Instant at) {
        if (from == null || from == to) return;
        add(inc, c, from, at, "net", -1);
        add(inc, c, to, at, "net", 1);
    }

    private void add(Increments inc, Card c, CardStatus status, Instant at, String measure, long n) {
        inc.add(
                sql,
                n,
                Tiers.hourOf(at, zone).toString(),
                c.homeRegion(),
                c.issueChannel(),
                c.issueInstitution() == null ? "" : c.issueInstitution(),
                status.name(),
                measure);
    }
}
