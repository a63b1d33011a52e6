package io.ehc.healthcode.infrastructure;

import io.ehc.healthcode.CodeDisplayStatistics;
import io.ehc.healthcode.domain.CodeDisplays;
import io.ehc.shared.Node;
import io.ehc.shared.jdbc.GroupCommitWriter;
import io.ehc.shared.jdbc.Increments;
import io.ehc.shared.rollup.RollupQuery;
import io.ehc.shared.rollup.Tiers;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code code_display_rollup}: each display is one increment submitted to the group-commit writer, which sums the
 * increments of a batch per hour, region and type and applies them with one statement per batch, so there is no
 * statement per display and no hot row updated by every request.
 */
@Repository
class JdbcCodeDisplays implements CodeDisplays {
    private static final Map<String, String> KEYS = Map.of(
            "all", "''",
            "type", "code_type",
            "city", "left(home_region, 4) || '00'",
            "county", "home_region");

    private final JdbcTemplate jdbc;
    private final GroupCommitWriter writer;
    private final ZoneId zone;
    private final String sql;

    JdbcCodeDisplays(JdbcTemplate jdbc, GroupCommitWriter writer, Node node) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.zone = node.zone();
        String z = Tiers.zoneLiteral(zone);
        this.sql = """
                insert into code_display_rollup (grain, bucket, home_region, code_type, displays)
                select g.grain, g.bucket, k.home_region, k.code_type, sum(k.n)
                from unnest(?::text[], ?::text[], ?::text[], ?::bigint[]) as k(hour, home_region, code_type, n)
                cross join lateral (values ('H', k.hour::timestamptz),
                                           ('D', date_trunc('day', k.hour::timestamptz, %1$s)),
                                           ('M', date_trunc('month', k.hour::timestamptz, %1$s))) as g(grain, bucket)
                where g.grain <> 'H' or g.bucket >= now() - interval '%2$d days'
                group by 1, 2, 3, 4
                order by 1, 2, 3, 4
                on conflict (grain, bucket, home_region, code_type)
                do update set displays = code_display_rollup.displays + excluded.displays
                """.formatted(z, Tiers.HOURLY_DAYS);
    }

    @Override
    public CompletableFuture<Void> record(String codeType, String homeRegion, Instant at) {
        return writer.submit(List.of(
                GroupCommitWriter.Write.increment(sql, 1, Tiers.hourOf(at, zone).toString(), homeRegion, codeType)));
    }

    @Override
    public void load(List<CodeDisplayStatistics.Displays> displays) {
        Increments inc = new Increments();
        for (CodeDisplayStatistics.Displays d : displays)
            inc.add(sql, d.displays(), Tiers.hourOf(d.hour(), zone).toString(), d.homeRegion(), d.codeType());
        inc.applyTo(jdbc);
    }

    @Override
    public List<CodeDisplayStatistics.Count> count(String key, RollupQuery q) {
        String k = KEYS.get(key);
        if (k == null) throw new IllegalArgumentException("key");
        var ranges = Tiers.cover(q.span(), q.granularity(), zone);
        List<Object> args = new ArrayList<>(Tiers.args(ranges));
        args.add(q.regionPattern());
        return jdbc.query(
                "select " + Tiers.label(q.granularity(), zone) + " as p, k, sum(n) as n from (select bucket, " + k
                        + " as k, sum(displays) as n from code_display_rollup where " + Tiers.where(ranges)
                        + " and home_region like ? group by 1, 2) x group by 1, 2 order by 1, 2",
                (rs, i) -> new CodeDisplayStatistics.Count(rs.getString("p"), rs.getString("k"), rs.getLong("n")),
                args.toArray());
    }

    @Override
    public int pruneHours() {
        return jdbc.update("delete from code_display_rollup where grain = 'H' and bucket < now() - interval '"
                + (Tiers.HOURLY_DAYS + 1) + " days'");
    }
}
