package io.ehc.usage.infrastructure;

import io.ehc.shared.jdbc.CopyRows;
import io.ehc.shared.jdbc.GroupCommitWriter;
import io.ehc.shared.jdbc.Increments;
import io.ehc.usage.domain.CardUse;
import io.ehc.usage.domain.CardUses;
import io.ehc.usage.domain.CareStep;
import io.ehc.usage.domain.Scene;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Card-use records in PostgreSQL. A plain component, not a {@code @Repository}: JdbcTemplate already translates
 * SQL exceptions, and the translation proxy would sit in front of {@link #append} on every scan.
 */
@Component
class JdbcCardUses implements CardUses {
    private static final String INSERT = """
            insert into card_use (use_id, used_at, recorded_at, ehc_id, terminal_id, institution_code, department_code,
                use_region, use_city, home_region, cross_region, channel, care_step, scene, source, code_type, client_record_id,
            institution_grade, code_block)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final List<String> COLUMNS = List.of(
            "use_id",
            "used_at",
            "recorded_at",
            "ehc_id",
            "terminal_id",
            "institution_code",
            "department_code",
            "use_region",
            "use_city",
            "home_region",
            "cross_region",
            "channel",
            "care_step",
            "scene",
            "source",
            "code_type",
            "client_record_id",
            "institution_grade",
            "code_block");
    private static final GroupCommitWriter.CopyTarget CARD_USE = new GroupCommitWriter.CopyTarget("card_use", COLUMNS);
    private static final String COPY = CARD_USE.sql();
    /** Grouping columns by dimension name; the only values that reach SQL text. */
    private static final Map<String, String> DIMENSIONS = Map.of(
            "institution",
            "institution_code",
            "city",
            "use_city",
            "careStep",
            "care_step",
            "channel",
            "channel",
            "scene",
            "coalesce(scene, '')",
            "crossRegion",
            "cross_region::text",
            "all",
            "'all'");

    private static final Map<String, String> PERIODS = Map.of("hour", "hour", "day", "day", "month", "month");

    private final JdbcTemplate jdbc;
    private final GroupCommitWriter writer;
    private final CardUseRollup rollup;

    JdbcCardUses(JdbcTemplate jdbc, GroupCommitWriter writer, CardUseRollup rollup) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.rollup = rollup;
    }

    /** The record and its rollup increments commit in the same group-commit unit. */
    @Override
    public CompletableFuture<Void> append(CardUse u) {
        List<GroupCommitWriter.Write> writes = new ArrayList<>(2);
        writes.add(CARD_USE.row(args(u)));
        rollup.increments(u, (sql, key) -> writes.add(GroupCommitWriter.Write.increment(sql, 1, key)));
        return writer.submit(writes);
    }

    /** Many records with COPY and their rollup increments, in the caller's transaction. */
    @Override
    public void appendAll(List<CardUse> uses) {
        if (uses.isEmpty()) return;
        List<Object[]> rows = new ArrayList<>(uses.size());
        Increments increments = new Increments();
        for (CardUse u : uses) {
            rows.add(args(u));
            rollup.increments(u, (sql, key) -> increments.add(sql, 1, key));
        }
        CopyRows.copy(jdbc, COPY, rows);
        increments.applyTo(jdbc);
    }

    @Override
    public Optional<UUID> appendReported(CardUse u, byte[] digest) {
        int n = jdbc.update(
                """
                insert into usage_report (institution_code, client_record_id, use_id, used_at, payload_digest)
                values (?, ?, ?, ?, ?) on conflict do nothing
                """, u.institutionCode(), u.clientRecordId(), u.useId(), Timestamp.from(u.usedAt()), digest);
        if (n == 0) return Optional.empty();
        jdbc.update(INSERT, args(u));
        Increments increments = new Increments();
        rollup.increments(u, (sql, key) -> increments.add(sql, 1, key));
        increments.applyTo(jdbc);
        return Optional.of(u.useId());
    }

    @Override
    public Optional<ReportedUse> findReported(String institution, String clientRecordId) {
        return jdbc
                .query(
                        "select * from usage_report where institution_code = ? and client_record_id = ?",
                        (rs, i) -> new ReportedUse(
                                rs.getObject("use_id", UUID.class),
                                rs.getTimestamp("used_at").toInstant(),
                                rs.getBytes("payload_digest")),
                        institution,
                        clientRecordId)
                .stream()
                .findFirst();
    }

    @Override
    public List<CardUse> historyOf(List<String> ehcIds, Instant from, Instant to, int limit) {
        return jdbc.query(
                """
                select * from card_use where ehc_id = any(?) and used_at >= ? and used_at < ?
                order by used_at desc limit ?
                """, JdbcCardUses::map, ehcIds.toArray(String[]::new), Timestamp.from(from), Timestamp.from(to), limit);
    }

    @Override
    public List<Count> count(String dimension, String period, Instant from, Instant to, String zone) {
        String column = DIMENSIONS.get(dimension);
        if (column == null) throw new IllegalArgumentException("dimension");
        String bucket = period.equals("none")
                ? "''"
                : "to_char(date_trunc('" + PERIODS.get(period)
                        + "', used_at at time zone ?), 'YYYY-MM-DD\"T\"HH24:MI')";
        String sql = "select " + column + " as k, " + bucket + " as p, count(*) as n from card_use "
                + "where used_at >= ? and used_at < ? group by 1, 2 order by 2, 1";
        Object[] args = period.equals("none")
                ? new Object[] {Timestamp.from(from), Timestamp.from(to)}
                : new Object[] {zone, Timestamp.from(from), Timestamp.from(to)};
        return jdbc.query(
                sql,
                (rs, i) -> new Count(
                        rs.getString("k"), rs.getString("p").isEmpty() ? null : rs.getString("p"), rs.getLong("n")),
                args);
    }

    @Override
    public void ensurePartitions(Instant from, int months) {
        var first = from.atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        for (int i = 0; i < months; i++) jdbc.queryForList("select ensure_card_use_partition(?)", first.plusMonths(i));
    }

    private static Object[] args(CardUse u) {
        return new Object[] {
            u.useId(),
            Timestamp.from(u.usedAt()),
            Timestamp.from(u.recordedAt()),
            u.ehcId(),
            u.terminalId(),
            u.institutionCode(),
            u.departmentCode(),
            u.useRegion(),
            u.useCity(),
            u.homeRegion(),
            u.crossRegion(),
            u.channel(),
            u.careStep().code(),
            u.scene() == null ? null : u.scene().code(),
            u.source(),
            u.codeType(),
            u.clientRecordId(),
            u.institutionGrade(),
            u.codeBlock()
        };
    }

    private static CardUse map(ResultSet rs, int i) throws SQLException {
        String scene = rs.getString("scene");
        return new CardUse(
                rs.getObject("use_id", UUID.class),
                rs.getTimestamp("used_at").toInstant(),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("ehc_id"),
                rs.getString("institution_code"),
                rs.getInt("institution_grade"),
                rs.getString("department_code"),
                rs.getString("use_region"),
                rs.getString("home_region"),
                rs.getString("channel"),
                new CareStep(rs.getString("care_step")),
                scene == null ? null : new Scene(scene),
                rs.getString("source"),
                rs.getString("code_type"),
                rs.getString("client_record_id"),
                rs.getString("code_block"));
    }
}
