package io.ehc.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.support.PlatformIT;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The group-commit writer against the real database: batching under concurrency, isolation of a failing unit. */
class GroupCommitWriterIT extends PlatformIT {
    private static final List<String> COLUMNS = List.of("id", "note");

    @Autowired
    GroupCommitWriter writer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void table() {
        jdbc.execute("create table if not exists group_commit_probe (id int primary key, note text not null)");
        jdbc.execute("truncate group_commit_probe");
    }

    @Test
    void concurrentUnitsShareCommitsAndEveryAcceptedUnitIsStored() throws Exception {
        DistributionSummary batches = meters.get("ehc.write.batch.units").summary();
        long batchesBefore = batches.count();
        double unitsBefore = batches.totalAmount();
        int units = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int i = 0; i < units; i++) {
                int id = i;
                done.add(CompletableFuture.supplyAsync(
                                () -> writer.submit(List.of(GroupCommitWriter.Write.copy(
                                        "group_commit_probe", COLUMNS, new Object[] {id, "row\t" + id}))),
                                pool)
                        .thenCompose(f -> f));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from group_commit_probe", Long.class))
                .isEqualTo(units);
        assertThat(jdbc.queryForObject("select note from group_commit_probe where id = 7", String.class))
                .isEqualTo("row\t7");
        long commits = batches.count() - batchesBefore;
        assertThat(batches.totalAmount() - unitsBefore).isEqualTo(units);
        // 32 submitters at once: the writer must have put several units in one commit, on average.
        assertThat(commits).isPositive().isLessThan(units / 2);
    }

    @Test
    void aFailingUnitFailsAloneAndTheOthersOfItsBatchAreStored() throws Exception {
        jdbc.update("insert into group_commit_probe values (1, 'already there')");
        List<CompletableFuture<Void>> good = new ArrayList<>();
        CompletableFuture<Void> bad = null;
        for (int i = 2; i < 200; i++) {
            good.add(writer.submit(
                    List.of(GroupCommitWriter.Write.copy("group_commit_probe", COLUMNS, new Object[] {i, "ok"}))));
            if (i == 100)
                bad = writer.submit(List.of(
                        GroupCommitWriter.Write.copy("group_commit_probe", COLUMNS, new Object[] {1, "duplicate"})));
        }
        CompletableFuture.allOf(good.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        CompletableFuture<Void> failed = bad;
        assertThatThrownBy(() -> failed.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(jdbc.queryForObject("select count(*) from group_commit_probe", Long.class))
                .isEqualTo(199);
        assertThat(jdbc.queryForObject("select note from group_commit_probe where id = 1", String.class))
                .isEqualTo("already there");
    }

    @Test
    void rowsOfACopyTargetArriveAsWritten() throws Exception {
        GroupCommitWriter.CopyTarget probe = new GroupCommitWriter.CopyTarget("group_commit_probe", COLUMNS);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 1; i <= 50; i++) done.add(writer.submit(List.of(probe.row(i, "湘雅医院\\门诊\n\"{,}\" NULL " + i))));
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        assertThat(jdbc.queryForObject("select count(*) from group_commit_probe", Long.class))
                .isEqualTo(50);
        assertThat(jdbc.queryForObject("select note from group_commit_probe where id = 50", String.class))
                .isEqualTo("湘雅医院\\门诊\n\"{,}\" NULL 50");
    }

    @Test
    void typedColumnsReadTheirValuesAndATooLongValueIsRefusedNotCut() throws Exception {
        jdbc.execute("create table if not exists group_commit_typed"
                + " (id int primary key, code char(4), at timestamptz, flag boolean, n bigint)");
        jdbc.execute("truncate group_commit_typed");
        GroupCommitWriter.CopyTarget typed =
                new GroupCommitWriter.CopyTarget("group_commit_typed", List.of("id", "code", "at", "flag", "n"));
        java.time.Instant at = java.time.Instant.parse("2026-12-05T08:09:10.123456Z");
        writer.submit(List.of(typed.row(1, "AB", java.sql.Timestamp.from(at), true, null)))
                .get(60, TimeUnit.SECONDS);
        assertThat(jdbc.queryForMap("select code, at, flag, n from group_commit_typed where id = 1"))
                .containsEntry("code", "AB  ")
                .containsEntry("at", java.sql.Timestamp.from(at))
                .containsEntry("flag", true)
                .containsEntry("n", null);

        CompletableFuture<Void> tooLong = writer.submit(List.of(typed.row(2, "ABCDE", null, false, 7L)));
        assertThatThrownBy(() -> tooLong.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(jdbc.queryForObject("select count(*) from group_commit_typed where id = 2", Long.class))
                .isZero();
        assertThatThrownBy(() -> typed.row(3, "AB")).isInstanceOf(IllegalArgumentException.class);
    }

    /** An operator may turn the pool's autocommit off: the writer then commits its statement itself. */
    @Test
    void aPoolWithoutAutocommitStillCommitsEveryBatch() throws Exception {
        com.zaxxer.hikari.HikariDataSource app = (com.zaxxer.hikari.HikariDataSource) jdbc.getDataSource();
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(app.getJdbcUrl());
        config.setUsername(app.getUsername());
        config.setPassword(app.getPassword());
        config.setAutoCommit(false);
        config.setMaximumPoolSize(2);
        try (com.zaxxer.hikari.HikariDataSource manual = new com.zaxxer.hikari.HikariDataSource(config)) {
            JdbcTemplate manualJdbc = new JdbcTemplate(manual);
            GroupCommitWriter own = new GroupCommitWriter(
                    manualJdbc,
                    new org.springframework.transaction.support.TransactionTemplate(
                            new org.springframework.jdbc.support.JdbcTransactionManager(manual)),
                    1_000,
                    500,
                    1,
                    java.time.Duration.ofMillis(1),
                    java.time.Duration.ofNanos(50_000),
                    64,
                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
            own.start();
            try {
                GroupCommitWriter.CopyTarget probe = new GroupCommitWriter.CopyTarget("group_commit_probe", COLUMNS);
                List<CompletableFuture<Void>> done = new ArrayList<>();
                for (int i = 1; i <= 20; i++) done.add(own.submit(List.of(probe.row(i, "manual " + i))));
                CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            } finally {
                own.stop();
            }
        }
        // read through the application's pool, after the other pool is closed: only committed rows are there
        assertThat(jdbc.queryForObject("select count(*) from group_commit_probe", Long.class))
                .isEqualTo(20);
    }

    @Test
    void aUnitIsWrittenWholeOrNotAtAll() {
        jdbc.execute("create table if not exists group_commit_probe_other (id int primary key check (id > 0))");
        GroupCommitWriter.CopyTarget probe = new GroupCommitWriter.CopyTarget("group_commit_probe", COLUMNS);
        GroupCommitWriter.CopyTarget other =
                new GroupCommitWriter.CopyTarget("group_commit_probe_other", List.of("id"));
        // The probe row is written first and would be valid; the other row breaks its check.
        CompletableFuture<Void> unit = writer.submit(List.of(probe.row(5, "first of two"), other.row(-1)));
        assertThatThrownBy(() -> unit.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(jdbc.queryForObject("select count(*) from group_commit_probe", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from group_commit_probe_other", Long.class))
                .isZero();
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void twoWritersStoreEveryUnitIsolateAFailureAndDrainOnStop() throws Exception {
        var meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        GroupCommitWriter two = new GroupCommitWriter(
                jdbc,
                tx,
                50_000,
                500,
                2,
                java.time.Duration.ofMillis(1),
                java.time.Duration.ofNanos(50_000),
                64,
                meters);
        two.start();
        jdbc.update("insert into group_commit_probe values (0, 'already there')");
        int units = 3_000;
        List<CompletableFuture<Void>> done = new ArrayList<>();
        CompletableFuture<Void> bad = null;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<CompletableFuture<CompletableFuture<Void>>> submitted = new ArrayList<>();
            for (int i = 1; i <= units; i++) {
                int id = i;
                submitted.add(CompletableFuture.supplyAsync(
                        () -> two.submit(List.of(GroupCommitWriter.Write.copy(
                                "group_commit_probe", COLUMNS, new Object[] {id, "row " + id}))),
                        pool));
                if (i == units / 2)
                    bad = two.submit(List.of(GroupCommitWriter.Write.copy(
                            "group_commit_probe", COLUMNS, new Object[] {0, "duplicate"})));
            }
            for (var s : submitted) done.add(s.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        // stop() drains the queue: every unit accepted before it is committed when it returns
        two.stop();
        assertThat(done).allMatch(CompletableFuture::isDone);
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(1, TimeUnit.SECONDS);
        CompletableFuture<Void> failed = bad;
        assertThatThrownBy(() -> failed.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(jdbc.queryForObject("select count(*) from group_commit_probe", Long.class))
                .isEqualTo(units + 1);
        assertThat(jdbc.queryForObject("select note from group_commit_probe where id = 0", String.class))
                .isEqualTo("already there");
        DistributionSummary batches = meters.get("ehc.write.batch.units").summary();
        assertThat(batches.totalAmount()).isEqualTo(units + 1);
        assertThat(batches.count()).as("units shared commits").isLessThan(units / 2);
        assertThatThrownBy(() -> two.submit(List.of())).isInstanceOf(io.ehc.shared.error.PlatformException.class);
    }
}
