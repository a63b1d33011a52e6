package io.ehc.card.infrastructure;

import io.ehc.card.domain.CardRollups;
import io.ehc.shared.Node;
import io.ehc.shared.rollup.Granularity;
import io.ehc.shared.rollup.Span;
import io.ehc.shared.rollup.Tiers;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code card_rollup} through the tiers that cover a period. */
@Repository
class JdbcCardRollups implements CardRollups {
    /** Key expressions by name; the only values that reach SQL text. */
    private static final Map<String, String> KEYS = Map.of(
            "all", "''",
            "province", "left(home_region, 2) || '0000'",
            "city", "left(home_region, 4) || '00'",
            "county", "home_region",
            "channel", "channel",
            "institution", "institution");

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    JdbcCardRollups(JdbcTemplate jdbc, Node node) {
        this.jdbc = jdbc;
        this.zone = node.zone();
    }

    @Override
    public List<Change> changes(
            String key, Span span, Granularity granularity, String regionPrefix, @Nullable List<String> institutions) {
        String k = KEYS.get(key);
        if (k == null) throw new IllegalArgumentException("key");
        var ranges = Tiers.cover(span, granularity, zone);
        List<Object> args = new ArrayList<>(Tiers.args(ranges));
        args.add(regionPrefix + "%");
        if (institutions != null) args.add(institutions.toArray(String[]::new));
        String sql = "select " + Tiers.label(granularity, zone) + " as p, k, sum(issued) as issued, sum(active) as"
                + " active from (select bucket, " + k + " as k, sum(issued) as issued,"
                + " coalesce(sum(net) filter (where status = 'ACTIVE'), 0) as active from card_rollup where "
                + Tiers.where(ranges) + " and home_region like ?"
                + (institutions == null ? "" : " and institution = any(?)")
                + " group by 1, 2) x group by 1, 2 order by 1, 2";
        return jdbc.query(
                sql,
                (rs, i) -> new Change(rs.getString("p"), rs.getString("k"), rs.getLong("issued"), rs.getLong("active")),
                args.toArray());
    }

    @Override
    public List<Change> current(String key, String regionPrefix, @Nullable List<String> institutions) {
        String k = KEYS.get(key);
        if (k == null) throw new IllegalArgumentException("key");
        List<Object> args = new ArrayList<>();
        args.add(regionPrefix + "%");
        if (institutions != null) args.add(institutions.toArray(String[]::new));
        return jdbc.query(
                "select " + k + " as k, sum(issued) as issued, coalesce(sum(net) filter (where status = 'ACTIVE'), 0)"
                        + " as active from card_rollup where grain = 'A' and home_region like ?"
                        + (institutions == null ? "" : " and institution = any(?)") + " group by 1 order by 1",
                (rs, i) -> new Change("", rs.getString("k"), rs.getLong("issued"), rs.getLong("active")),
                args.toArray());
    }

    @Override
    public void rebuild() {
        jdbc.queryForList("select rebuild_card_rollups(?)", zone.getId());
    }
}
