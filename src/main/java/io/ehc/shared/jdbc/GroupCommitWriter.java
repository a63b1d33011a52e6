package io.ehc.shared.jdbc;

import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.PlatformException;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit: many requests' writes share one transaction, so durability costs one commit per batch instead of
 * one per request. A submitted unit completes only after its transaction committed; a unit whose batch fails is
 * retried alone, so one bad unit never takes others down. On shutdown the queue is drained before the pool closes.
 * One writer thread by default ({@code ehc.write.threads}): PostgreSQL flushes the WAL one commit at a time anyway, and
 * a single writer lets each batch grow while the previous commit is being flushed (measured: about 40 % less database
 * CPU per row than two writers, docs/benchmarks.md).
 *
 * <p>Under load the writer also lingers before a batch that is still small: every commit has a fixed cost (a
 * statement, a round trip, the flush), so fewer, larger commits cost less per row. It
 * goes on waiting only while units keep arriving (each within {@code ehc.write.linger-gap}, default 50 µs; it was
 * 150 µs while each batch also spread the card-use rollups, see docs/benchmarks.md), for at most
 * {@code ehc.write.linger} (default 1 ms) and until the batch holds {@code ehc.write.linger-below} units; when
 * arrivals pause, because every client is already waiting for a commit, it commits at once instead of idling.
 * It lingers only when the previous batch held several units, i.e. when requests arrive concurrently; a lone request
 * is committed at once and pays no extra latency.
 */
@Component
public class GroupCommitWriter implements SmartLifecycle {
    /**
     * One statement with its arguments, one appended row (see {@link Write#copy} and {@link CopyTarget}), or one
     * counter increment (see {@link Write#increment}). A batch of rows and increments is one SQL statement: per
     * table, {@code INSERT … SELECT * FROM unnest(<one array per column>)}, and per counter table the increments summed
     * per key ({@link Increments}), as data-modifying parts of one {@code WITH}, sent in one round trip and committed
     * by it (the statement runs in autocommit). Before, a batch was a transaction of a {@code COPY} per table, a
     * statement per counter table and the commit: four to six round trips, each waking the database and the writer,
     * which cost more CPU per batch than the rows themselves (docs/benchmarks.md). A batch that holds statements
     * runs in one transaction: its rows and increments first, then the statements.
     */
    public record Write(Kind kind, String sql, Object[] args) {
        /** How a write is applied. */
        public enum Kind {
            STATEMENT,
            COPY,
            INCREMENT
        }

        /** A statement executed (batched with others of the same SQL) in the batch's transaction. */
        public static Write statement(String sql, Object... args) {
            return new Write(Kind.STATEMENT, sql, args);
        }

        /**
         * An appended row; values are written in PostgreSQL's text format. On a hot path keep a {@link CopyTarget} as
         * a constant and use {@link CopyTarget#row} instead: this builds the target each time.
         */
        public static Write copy(String table, List<String> columns, Object[] values) {
            return new CopyTarget(table, columns).row(values);
        }

        /** Adds {@code by} to the counter of {@code key}; see {@link Increments} for the form of {@code sql}. */
        public static Write increment(String sql, long by, String... key) {
            String joined = Increments.key(key);
            // The writer sums increments by key: hash the key here, on the caller's thread, where String keeps it.
            joined.hashCode();
            return new Write(Kind.INCREMENT, sql, new Object[] {joined, by});
        }
    }

    /**
     * A table and the columns that rows are appended to; keep one as a constant. {@link #row} formats the row's values
     * as array elements (PostgreSQL's text format, see {@link CopyRows#arrayElements}) on the caller's thread, so that
     * the writer, which every request waits for, only joins them. The writer learns the columns' types from the
     * catalog once per target.
     */
    public static final class CopyTarget {
        private final String table;
        private final List<String> columns;
        private final String sql;

        public CopyTarget(String table, List<String> columns) {
            this.table = table;
            this.columns = List.copyOf(columns);
            this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
            sql.hashCode();
        }

        /** The COPY statement for these rows (bulk loads use it); also the key that groups rows in a batch. */
        public String sql() {
            return sql;
        }

        /** One row: one value per column, in the order given to the constructor. */
        public Write row(Object... values) {
            if (values.length != columns.size())
                throw new IllegalArgumentException(
                        table + ": " + values.length + " values for " + columns.size() + " columns");
            return new Write(Write.Kind.COPY, sql, new Object[] {CopyRows.arrayElements(values), this});
        }
    }

    private record Unit(List<Write> writes, CompletableFuture<Void> done) {}

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final Unit POISON = new Unit(List.of(), new CompletableFuture<>());

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final BlockingQueue<Unit> queue;
    private final int maxBatch;
    private final int threads;
    private final long lingerNanos;
    private final long lingerGapNanos;
    private final int lingerBelow;
    private final DistributionSummary batchUnits;
    private final Timer batchWrite;
    private final Timer batchLinger;
    private final List<Thread> workers = new ArrayList<>();
    /** Committed batches whose requests are still to be woken; see {@link #complete}. */
    private final BlockingQueue<List<Unit>> committed = new LinkedBlockingQueue<>();
    /** Per target (its COPY text): {@code INSERT INTO t (cols) SELECT * FROM unnest(?::type[], …)}. */
    private final Map<String, String> inserts = new ConcurrentHashMap<>();

    private Thread completer;
    private volatile boolean running;

    GroupCommitWriter(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            @Value("${ehc.write.queue-capacity:50000}") int capacity,
            @Value("${ehc.write.max-batch:500}") int maxBatch,
            @Value("${ehc.write.threads:1}") int threads,
            @Value("${ehc.write.linger:1ms}") Duration linger,
            @Value("${ehc.write.linger-gap:50us}") Duration lingerGap,
            @Value("${ehc.write.linger-below:64}") int lingerBelow,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxBatch = maxBatch;
        this.threads = threads;
        this.lingerNanos = linger.toNanos();
        this.lingerGapNanos = lingerGap.toNanos();
        this.lingerBelow = Math.min(lingerBelow, maxBatch);
        this.batchUnits = DistributionSummary.builder("ehc.write.batch.units")
                .description("units (requests' writes) committed together by one group commit")
                .register(meters);
        this.batchWrite = Timer.builder("ehc.write.batch.write")
                .description("time to write and commit one group commit's batch (its requests wait for it)")
                .register(meters);
        this.batchLinger = Timer.builder("ehc.write.batch.linger")
                .description("time the writer lingered for more units before writing a batch")
                .register(meters);
    }

    /** Queues writes that commit together; the future completes once they are durable. */
    public CompletableFuture<Void> submit(List<Write> writes) {
        if (!running) throw unavailable();
        Unit unit = new Unit(List.copyOf(writes), new CompletableFuture<>());
        if (!queue.offer(unit)) throw unavailable();
        return unit.done();
    }

    private static PlatformException unavailable() {
        return new PlatformException(
                ErrorCodes.UNAVAILABLE, 503, "the record could not be stored; nothing was accepted, retry later");
    }

    private void work() {
        int previous = 0;
        while (true) {
            try {
                Unit first = queue.take();
                if (first == POISON) return;
                List<Unit> batch = new ArrayList<>(Math.min(maxBatch, Math.max(16, 2 * previous)));
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                if (previous > 1 && lingerNanos > 0) {
                    long lingerStart = System.nanoTime();
                    linger(batch);
                    batchLinger.record(System.nanoTime() - lingerStart, TimeUnit.NANOSECONDS);
                }
                int poisons = 0;
                while (batch.remove(POISON)) poisons++;
                boolean stop = poisons > 0;
                // with several writers a batch may hold the others' signals to stop too: hand them back
                for (int i = 1; i < poisons; i++) queue.put(POISON);
                previous = batch.size();
                batchUnits.record(previous);
                commit(batch);
                if (stop) return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Waits for more units while the batch is below {@code lingerBelow}, they keep coming within the gap, and the
     * linger time has not passed.
     */
    private void linger(List<Unit> batch) throws InterruptedException {
        long deadline = System.nanoTime() + lingerNanos;
        while (batch.size() < lingerBelow && !batch.contains(POISON)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return;
            // Sleep rather than wait on the queue: a waiting writer would be woken (a futex call on both sides) by
            // every single arrival, a sleeping one picks them up together.
            LockSupport.parkNanos(Math.min(left, lingerGapNanos));
            if (Thread.interrupted()) throw new InterruptedException();
            if (queue.drainTo(batch, maxBatch - batch.size()) == 0) return;
        }
    }

    private void commit(List<Unit> batch) {
        try {
            long start = System.nanoTime();
            execute(batch);
            batchWrite.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            complete(batch);
        } catch (RuntimeException batchFailure) {
            if (batch.size() == 1) {
                log.warn("group commit unit failed: {}", batchFailure.getClass().getSimpleName());
                batch.get(0).done().completeExceptionally(batchFailure);
                return;
            }
            for (Unit unit : batch) {
                try {
                    execute(List.of(unit));
                    unit.done().complete(null);
                } catch (RuntimeException unitFailure) {
                    log.warn(
                            "group commit unit failed: {}",
                            unitFailure.getClass().getSimpleName());
                    unit.done().completeExceptionally(unitFailure);
                }
            }
        }
    }

    /**
     * Completes the units of a committed batch on the completer thread: completing a unit wakes a request that waits
     * for it (a system call, a few microseconds) or runs what the caller attached to it (the verify endpoint writes
     * its answer there, see {@code DeferredAnswer}), and the writer would otherwise spend that, while the next batch
     * waits, on every unit of the batch (measured: a fifth of the writer's time at 64 clients). With one hand-over per
     * batch the writer goes straight on to the next one. The failure paths (rare) complete their units on the writer.
     */
    private void complete(List<Unit> batch) {
        if (!committed.offer(batch)) batch.forEach(u -> u.done().complete(null));
    }

    private void completeCommitted() {
        while (true) {
            List<Unit> batch;
            try {
                batch = committed.take();
            } catch (InterruptedException e) {
                // not expected (stop() hands over an empty batch instead): wake what is left, then end
                for (List<Unit> left = committed.poll(); left != null; left = committed.poll())
                    left.forEach(u -> u.done().complete(null));
                return;
            }
            if (batch.isEmpty()) return;
            for (Unit u : batch) {
                try {
                    u.done().complete(null);
                } catch (RuntimeException e) {
                    // a dependent action of the caller failed; the other units must still be woken
                    log.warn(
                            "completing a committed unit failed: {}",
                            e.getClass().getSimpleName());
                }
            }
        }
    }

    private void execute(List<Unit> units) {
        Map<String, Rows> rows = new LinkedHashMap<>();
        Map<String, List<Object[]>> statements = new LinkedHashMap<>();
        Increments increments = new Increments();
        for (Unit u : units) {
            for (Write w : u.writes()) {
                switch (w.kind()) {
                    case INCREMENT -> increments.addJoined(w.sql(), (String) w.args()[0], (Long) w.args()[1]);
                    case COPY ->
                        rows.computeIfAbsent(w.sql(), k -> new Rows((CopyTarget) w.args()[1], new ArrayList<>()))
                                .elements()
                                .add((String[]) w.args()[0]);
                    case STATEMENT ->
                        statements
                                .computeIfAbsent(w.sql(), k -> new ArrayList<>())
                                .add(w.args());
                }
            }
        }
        if (statements.isEmpty()) {
            // one statement in autocommit: PostgreSQL commits it (and flushes the WAL) before it answers
            jdbc.execute((ConnectionCallback<Void>) con -> {
                writeAll(con, rows, increments.summed());
                if (!con.getAutoCommit()) con.commit();
                return null;
            });
            return;
        }
        tx.executeWithoutResult(status -> {
            jdbc.execute((ConnectionCallback<Void>) con -> {
                writeAll(con, rows, List.of());
                return null;
            });
            statements.forEach(jdbc::batchUpdate);
            increments.applyTo(jdbc);
        });
    }

    /** A target's rows of one batch: each row's values as array elements. */
    private record Rows(CopyTarget target, List<String[]> elements) {}

    /** Every row and every counter increment of a batch in one statement. */
    private void writeAll(Connection con, Map<String, Rows> rows, List<Increments.Summed> summed) throws SQLException {
        if (rows.isEmpty() && summed.isEmpty()) return;
        StringBuilder sql = new StringBuilder(512);
        int part = 0;
        for (Rows r : rows.values()) {
            sql.append(part == 0 ? "with " : ", ").append('w').append(part++).append(" as (");
            sql.append(insertOf(con, r.target())).append(')');
        }
        for (Increments.Summed s : summed) {
            sql.append(part == 0 ? "with " : ", ").append('w').append(part++).append(" as (");
            sql.append(s.sql()).append(')');
        }
        sql.append(" select 1");
        try (PreparedStatement ps = con.prepareStatement(sql.toString())) {
            int at = 1;
            for (Rows r : rows.values()) {
                List<String[]> elements = r.elements();
                int columns = r.target().columns.size();
                for (int c = 0; c < columns; c++) {
                    StringBuilder array = new StringBuilder(16 + elements.size() * 40).append('{');
                    for (int i = 0; i < elements.size(); i++) {
                        if (i > 0) array.append(',');
                        array.append(elements.get(i)[c]);
                    }
                    ps.setObject(at++, array.append('}').toString(), Types.OTHER);
                }
            }
            for (Increments.Summed s : summed) at = s.bind(ps, at);
            ps.execute();
        }
    }

    /**
     * The insert of a target's rows from one array per column, each cast to the column's type without its length
     * (a cast to {@code char(n)} would cut a longer value; the insert itself refuses it, as COPY did).
     */
    private String insertOf(Connection con, CopyTarget target) throws SQLException {
        String insert = inserts.get(target.sql());
        if (insert != null) return insert;
        Map<String, String> types = new java.util.HashMap<>();
        try (PreparedStatement ps = con.prepareStatement("""
                select a.attname, format('%I.%I', n.nspname, t.typname)
                from pg_attribute a join pg_type t on t.oid = a.atttypid join pg_namespace n on n.oid = t.typnamespace
                where a.attrelid = cast(? as text)::regclass and a.attnum > 0 and not a.attisdropped
                """)) {
            ps.setString(1, target.table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) types.put(rs.getString(1), rs.getString(2));
            }
        }
        StringBuilder b = new StringBuilder("insert into ")
                .append(target.table)
                .append(" (")
                .append(String.join(", ", target.columns))
                .append(") select * from unnest(");
        for (int c = 0; c < target.columns.size(); c++) {
            String type = types.get(target.columns.get(c));
            if (type == null) throw new IllegalStateException(target.table + " has no column " + target.columns.get(c));
            b.append(c == 0 ? "" : ", ").append("?::").append(type).append("[]");
        }
        insert = b.append(')').toString();
        inserts.put(target.sql(), insert);
        return insert;
    }

    @Override
    public void start() {
        running = true;
        completer = new Thread(this::completeCommitted, "group-commit-completer");
        completer.setDaemon(true);
        completer.start();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, "group-commit-" + i);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
    }

    @Override
    public void stop() {
        running = false;
        for (int i = 0; i < workers.size(); i++) {
            try {
                queue.put(POISON);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Thread t : workers) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
        committed.add(List.of());
        try {
            completer.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops at a higher phase) so in-flight requests still commit. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }
}
