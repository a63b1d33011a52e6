package io.ehc.usage.infrastructure;

import io.ehc.shared.Node;
import io.ehc.shared.rollup.RollupQuery;
import io.ehc.shared.rollup.Tiers;
import io.ehc.usage.CardUseStatistics;
import io.ehc.usage.domain.UseRollups;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code card_use_rollup} and {@code card_use_activity} through the tiers that cover a period, after folding the
 * deltas that group commits left ({@link RollupFolder}), so that every use answered before the read is counted.
 */
@Repository
class JdbcUseRollups implements UseRollups {
    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final RollupFolder folder;

    JdbcUseRollups(JdbcTemplate jdbc, Node node, RollupFolder folder) {
        this.jdbc = jdbc;
        this.zone = node.zone();
        this.folder = folder;
    }

    @Override
    public List<CardUseStatistics.Count> byDimension(String dim, RollupQuery q) {
        return switch (dim) {
            case "step" -> counts("left(value, 6)", "step", 1, q);
            case "scene" -> counts("substr(value, 8)", "step", 1, q);
            case "institution" -> counts("value", dim, 3, q);
            case "home" -> counts("value", dim, 2, q);
            default -> counts("value", dim, 1, q);
        };
    }

    @Override
    public List<CardUseStatistics.Count> byRegionOfUse(int digits, RollupQuery q) {
        if (digits != 2 && digits != 4 && digits != 6) throw new IllegalArgumentException("digits");
        // Any dimension counts every use once; channel has the fewest rows (about a third of step's).
        return counts("rpad(left(use_region, " + digits + "), 6, '0')", "channel", digits / 2, q);
    }

    @Override
    public List<CardUseStatistics.Count> byCrossRegion(RollupQuery q) {
        return counts("case when value = left(use_region, 4) || '00' then 'local' else 'cross' end", "home", 2, q);
    }

    /**
     * Reads the coarsest region level that still tells the keys apart: province rows for a province-wide figure,
     * city rows for a city's or for a breakdown by city, county rows for a county's or for a breakdown by county or
     * institution; home cities are kept from the city level down. Daily rows; monthly ones exist for the institution
     * dimension, hourly ones for step and channel. Buckets are summed first and labelled after, so the label is
     * computed once per bucket.
     */
    private List<CardUseStatistics.Count> counts(String keyExpression, String dim, int groupLevel, RollupQuery q) {
        if (q.granularity() == io.ehc.shared.rollup.Granularity.HOUR && !(dim.equals("step") || dim.equals("channel")))
            throw new io.ehc.shared.error.InvalidInput(
                    "granularity", "hourly figures are kept by care step, scene and channel (and region) only");
        var ranges = Tiers.cover(q.span(), q.granularity(), zone, dim.equals("institution"));
        folder.fold();
        int level = Math.max(groupLevel, Math.max(1, q.regionPrefix().length() / 2));
        List<Object> args = new ArrayList<>();
        args.add(dim);
        args.add(level);
        args.addAll(Tiers.args(ranges));
        args.add(q.regionPattern());
        if (q.grade() != null) args.add(q.grade());
        String sql = "select " + Tiers.label(q.granularity(), zone) + " as p, k, sum(n) as n from (select bucket, "
                + keyExpression + " as k, sum(uses) as n from card_use_rollup where dim = ? and level = ? and "
                + Tiers.where(ranges) + " and use_region like ?" + (q.grade() == null ? "" : " and grade = ?")
                + " group by 1, 2) x group by 1, 2 order by 1, 2";
        return jdbc.query(
                sql,
                (rs, i) -> new CardUseStatistics.Count(rs.getString("p"), rs.getString("k"), rs.getLong("n")),
                args.toArray());
    }

    @Override
    public List<CardUseStatistics.InstitutionUses> institutions(RollupQuery q) {
        var ranges = Tiers.cover(q.span(), io.ehc.shared.rollup.Granularity.TOTAL, zone);
        folder.fold();
        List<Object> args = new ArrayList<>(Tiers.args(ranges));
        args.add(q.regionPattern());
        if (q.grade() != null) args.add(q.grade());
        return jdbc.query(
                "select value, grade, sum(uses) as n from card_use_rollup where dim = 'institution' and level = 3 and "
                        + Tiers.where(ranges) + " and use_region like ?"
                        + (q.grade() == null ? "" : " and grade = ?") + " group by 1, 2 order by 1",
                (rs, i) -> new CardUseStatistics.InstitutionUses(
                        rs.getString("value"), rs.getInt("grade"), rs.getLong("n")),
                args.toArray());
    }

    @Override
    public List<CardUseStatistics.Activity> activities(RollupQuery q) {
        var ranges = Tiers.cover(q.span(), io.ehc.shared.rollup.Granularity.TOTAL, zone);
        folder.fold();
        List<Object> args = new ArrayList<>(Tiers.args(ranges));
        args.add(q.regionPattern());
        return jdbc.query(
                "select use_city, care_step, scene, channel, sum(uses) as n from card_use_activity where "
                        + Tiers.where(ranges) + " and use_city like ? group by 1, 2, 3, 4 order by 1, 2, 3, 4",
                (rs, i) -> new CardUseStatistics.Activity(
                        rs.getString("use_city"),
                        rs.getString("care_step"),
                        rs.getString("scene"),
                        rs.getString("channel"),
                        rs.getLong("n")),
                args.toArray());
    }

    @Override
    public void rebuild() {
        jdbc.queryForList("select rebuild_card_use_rollups(?)", zone.getId());
    }

    @Override
    public int pruneHours() {
        return jdbc.update("delete from card_use_rollup where grain = 'H' and bucket < now() - interval '"
                + (Tiers.HOURLY_DAYS + 1) + " days'");
    }
}
