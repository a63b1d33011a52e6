package io.ehc.card.infrastructure;

import io.ehc.card.domain.CardRollups;
import io.ehc.shared.Node;
import io.ehc.shared.rollup.Granularity;
import io.ehc.shared.rollup.Span;
import io.ehc.shared.rollup.Tiers;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code card_rollup} through the tiers that cover a period, at the coarsest region level that tells the keys
 * apart; figures by institution, or of given institutions, read the issuer rows.
 */
@Repository
class JdbcCardRollups implements CardRollups {
    /** How a key is read: from which dimension, its SQL expression, and the region level it needs at least. */
    private record Key(String dim, String expression, int level) {}

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    JdbcCardRollups(JdbcTemplate jdbc, Node node) {
        this.jdbc = jdbc;
        this.zone = node.zone();
    }

    /** The only values that reach SQL text. */
    private static Key key(String name, boolean byInstitution) {
        String channel = byInstitution ? "left(value, 4)" : "value";
        Key k = switch (name) {
            case "all" -> new Key("channel", "''", 1);
            case "province" -> new Key("channel", "left(home_region, 2) || '0000'", 1);
            case "city" -> new Key("channel", "left(home_region, 4) || '00'", 2);
            case "county" -> new Key("channel", "home_region", 3);
            case "channel" -> new Key("channel", channel, 1);
            // issuer rows exist at every home-region level: a province-wide figure by institution reads province rows
            case "institution" -> new Key("issuer", "substr(value, 6)", 1);
            default -> throw new IllegalArgumentException("key");
        };
        return byInstitution ? new Key("issuer", k.expression(), k.level()) : k;
    }

    private static String filter(Key k, String regionPrefix, @Nullable List<String> institutions, List<Object> args) {
        int level = Math.max(k.level(), Math.max(1, regionPrefix.length() / 2));
        args.add(k.dim());
        args.add(level);
        args.add(regionPrefix + "%");
        if (institutions != null) args.add(institutions.toArray(String[]::new));
        return "dim = ? and level = ? and home_region like ?"
                + (institutions == null ? "" : " and substr(value, 6) = any(?)");
    }

    @Override
    public List<Change> changes(
            String key, Span span, Granularity granularity, String regionPrefix, @Nullable List<String> institutions) {
        Key k = key(key, institutions != null);
        var ranges = Tiers.cover(span, granularity, zone);
        List<Object> args = new ArrayList<>();
        String where = filter(k, regionPrefix, institutions, args);
        args.addAll(Tiers.args(ranges));
        String sql = "select " + Tiers.label(granularity, zone) + " as p, k, sum(issued) as issued, sum(active) as"
                + " active from (select bucket, " + k.expression() + " as k, sum(issued) as issued,"
                + " coalesce(sum(net) filter (where status = 'ACTIVE'), 0) as active from card_rollup where " + where
                + " and " + Tiers.where(ranges) + " group by 1, 2) x group by 1, 2 order by 1, 2";
        return jdbc.query(
                sql,
                (rs, i) -> new Change(rs.getString("p"), rs.getString("k"), rs.getLong("issued"), rs.getLong("active")),
                args.toArray());
    }

    @Override
    public List<Change> current(String key, String regionPrefix, @Nullable List<String> institutions) {
        Key k = key(key, institutions != null);
        List<Object> args = new ArrayList<>();
        String where = filter(k, regionPrefix, institutions, args);
        return jdbc.query(
                "select " + k.expression() + " as k, sum(issued) as issued,"
                        + " coalesce(sum(net) filter (where status = 'ACTIVE'), 0) as active from card_rollup"
                        + " where grain = 'A' and " + where + " group by 1 order by 1",
                (rs, i) -> new Change("", rs.getString("k"), rs.getLong("issued"), rs.getLong("active")),
                args.toArray());
    }

    @Override
    public void rebuild() {
        jdbc.queryForList("select rebuild_card_rollups(?)", zone.getId());
    }
}
