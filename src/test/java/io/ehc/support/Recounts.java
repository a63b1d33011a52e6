package io.ehc.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statistics rollups recounted from the raw records by independent queries: the specification of every bucket
 * and key. A rollup must equal its recount at any quiet moment, whatever wrote the records.
 */
public final class Recounts {
    /** The hourly tier is compared where both sides are surely inside its window (35 days). */
    static final String RECENT_HOURS = "now() - interval '34 days'";

    static final String USES = """
            select g.grain, d.dim, r.level, g.bucket, r.region, u.institution_grade as grade, d.value,
                count(*) as uses
            from card_use u
            cross join lateral (values ('H', date_trunc('hour', u.used_at, 'Asia/Shanghai')),
                                       ('D', date_trunc('day', u.used_at, 'Asia/Shanghai')),
                                       ('M', date_trunc('month', u.used_at, 'Asia/Shanghai'))) g(grain, bucket)
            cross join lateral (values ('step', u.care_step || ':' || coalesce(u.scene, '')),
                                       ('channel', u.channel::text), ('institution', u.institution_code::text),
                                       ('home', left(u.home_region, 4) || '00')) d(dim, value)
            cross join lateral (values (3, u.use_region::text), (2, left(u.use_region, 4) || '00'),
                                       (1, left(u.use_region, 2) || '0000')) r(level, region)
            where (r.level = 3 or d.dim <> 'institution') and (g.grain <> 'M' or d.dim = 'institution')
              and (g.grain <> 'H' or d.dim in ('step', 'channel')) and (r.level > 1 or d.dim <> 'home')
            group by 1, 2, 3, 4, 5, 6, 7
            """;

    static final String ACTIVITY = """
            select g.grain, g.bucket, u.use_city, u.care_step, coalesce(u.scene, '') as scene, u.channel,
                count(*) as uses
            from card_use u
            cross join lateral (values ('D', date_trunc('day', u.used_at, 'Asia/Shanghai')),
                                       ('M', date_trunc('month', u.used_at, 'Asia/Shanghai'))) g(grain, bucket)
            group by 1, 2, 3, 4, 5, 6
            """;

    private Recounts() {}

    public static void assertUseRollupsEqualTheRecords(JdbcTemplate jdbc) {
        foldDeltas(jdbc);
        String recount = "select * from (" + USES + ") r where grain <> 'H' or bucket >= " + RECENT_HOURS;
        String rollup = "select grain, dim, level, bucket, use_region, grade, value, uses from card_use_rollup"
                + " where grain <> 'H' or bucket >= " + RECENT_HOURS;
        assertEqual(jdbc, rollup, recount, "card_use_rollup");
        assertEqual(
                jdbc,
                "select grain, bucket, use_city, care_step, scene, channel, uses from card_use_activity",
                ACTIVITY,
                "card_use_activity");
        assertThat(jdbc.queryForObject(
                        "select count(*) from card_use_rollup where grain = 'H' and bucket < now() - interval '35 days'",
                        Long.class))
                .as("no hourly bucket outside the hourly window")
                .isZero();
    }

    /** Folds the increments that group commits left in card_use_rollup_delta, as the platform does before a read. */
    public static void foldDeltas(JdbcTemplate jdbc) {
        jdbc.queryForObject("select fold_card_use_rollup_deltas('Asia/Shanghai')", Long.class);
    }

    static final String CARDS = """
            select g.grain, d.dim, r.level, g.bucket, r.region, s.status, d.value, sum(s.issued), sum(s.net)
            from card_event e join card c on c.ehc_id = e.ehc_id
            cross join lateral (values (e.to_status, 1, case when e.type = 'ISSUED' then 1 else 0 end),
                                       (e.from_status, -1, 0)) s(status, net, issued)
            cross join lateral (values ('A', 'epoch'::timestamptz),
                                       ('D', date_trunc('day', e.at, 'Asia/Shanghai')),
                                       ('M', date_trunc('month', e.at, 'Asia/Shanghai'))) g(grain, bucket)
            cross join lateral (values ('channel', c.issue_channel::text),
                                       ('issuer', c.issue_channel || ':' || coalesce(c.issue_institution, ''))) d(dim, value)
            cross join lateral (values (3, c.home_region::text), (2, left(c.home_region, 4) || '00'),
                                       (1, left(c.home_region, 2) || '0000')) r(level, region)
            where s.status is not null and e.from_status is distinct from e.to_status
            group by 1, 2, 3, 4, 5, 6, 7
            having sum(s.issued) <> 0 or sum(s.net) <> 0
            """;

    public static void assertCardRollupEqualsTheCards(JdbcTemplate jdbc) {
        // Every bucket equals the recount over the cards' history.
        assertEqual(
                jdbc,
                "select grain, dim, level, bucket, home_region, status, value, issued, net from card_rollup"
                        + " where issued <> 0 or net <> 0",
                CARDS,
                "card_rollup");
        // And the history agrees with the cards as they stand: per state now = the all-time bucket = the sum of the
        // net changes over all days, and over all months.
        for (String grain : new String[] {"A", "D", "M"}) {
            assertEqual(
                    jdbc,
                    "select home_region, value, status, sum(net) from card_rollup where grain = '" + grain
                            + "' and dim = 'issuer' and level = 3 group by 1, 2, 3 having sum(net) <> 0",
                    "select home_region, issue_channel || ':' || coalesce(issue_institution, ''), status, count(*)"
                            + " from card group by 1, 2, 3",
                    "cards now, " + grain);
        }
        assertEqual(
                jdbc,
                "select home_region, value, sum(issued) from card_rollup where grain = 'A' and dim = 'issuer'"
                        + " and level = 3 group by 1, 2 having sum(issued) <> 0",
                "select home_region, issue_channel || ':' || coalesce(issue_institution, ''), count(*) from card"
                        + " group by 1, 2",
                "cards issued to date");
    }

    static void assertEqual(JdbcTemplate jdbc, String rollup, String recount, String what) {
        assertThat(count(jdbc, "(" + rollup + " except all " + recount + ")"))
                .as(what + ": rows not in the recount")
                .isZero();
        assertThat(count(jdbc, "(" + recount + " except all " + rollup + ")"))
                .as(what + ": recounted rows missing")
                .isZero();
    }

    static long count(JdbcTemplate jdbc, String relation) {
        return jdbc.queryForObject("select count(*) from " + relation + " x", Long.class);
    }
}
