package io.ehc.identity.application;

import io.ehc.identity.domain.BulkResidents;
import io.ehc.identity.domain.Resident;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.region.Regions;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * 批量注册: registers residents from a UTF-8 CSV file with the header {@link #HEADER}, each row checked by the same
 * rules as a single registration ({@link Resident#register}). Rows that fail are not written; they are listed in
 * {@code <file>.rejects.csv} by line number, field and rule, never with the rejected value. A row whose document
 * is already registered (before or earlier in the file) adds nothing and is counted as already registered;
 * unlike {@link RegisterResident}, the existing record is not compared with the row. Running the same file again
 * therefore adds nothing.
 *
 * <p>The file is streamed: a reader thread cuts it into chunks, a small pool (one thread per core) parses,
 * validates and seals them, and batches go to the database through {@link BulkResidents}, one batch in flight while
 * the next is gathered, each committed on its own. An interrupted import leaves the committed batches; running it
 * again completes it. No {@link io.ehc.identity.events.ResidentRegistered} event is published for imported
 * residents: a bulk load is not a stream of counter registrations, and a module that needs the residents of an
 * import reads the master index instead.
 */
@Service
public class ImportResidents {
    public static final String HEADER =
            "name,sex,nationality,birth_date,document_type,document_number,phone,address,home_region";
    private static final int COLUMNS = 9;
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "name", "name",
            "sex", "sex",
            "nationality", "nationality",
            "birthDate", "birth_date",
            "documentType", "document_type",
            "documentNumber", "document_number",
            "phone", "phone",
            "address", "address",
            "homeRegion", "home_region");

    private final BulkResidents residents;
    private final Regions regions;
    private final Clock clock;
    private final int workers;
    private final int chunkRows;
    private final int batchRows;

    ImportResidents(
            BulkResidents residents,
            Regions regions,
            Clock clock,
            @Value("${ehc.import.workers:0}") int workers,
            @Value("${ehc.import.chunk-rows:1000}") int chunkRows,
            @Value("${ehc.import.batch-rows:20000}") int batchRows) {
        this.residents = residents;
        this.regions = regions;
        this.clock = clock;
        this.workers = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        this.chunkRows = chunkRows;
        this.batchRows = batchRows;
    }

    /** The outcome of an import: every row read is accepted (added or already registered) or rejected. */
    public record Summary(
            long rowsRead,
            long accepted,
            long added,
            long alreadyRegistered,
            long rejected,
            Duration elapsed,
            Path rejectsFile) {
        public double rowsPerSecond() {
            return rowsRead / Math.max(0.001, elapsed.toNanos() / 1e9);
        }
    }

    /** Counters of a running import, safe to read from another thread (for a progress display). */
    public static final class Progress {
        private final long startNanos = System.nanoTime();
        private final AtomicLong rowsRead = new AtomicLong();
        private final AtomicLong accepted = new AtomicLong();
        private final AtomicLong rejected = new AtomicLong();
        private final AtomicLong added = new AtomicLong();
        private final AtomicLong bytesRead = new AtomicLong();
        private volatile long totalBytes;

        public Snapshot snapshot() {
            return new Snapshot(
                    rowsRead.get(),
                    accepted.get(),
                    rejected.get(),
                    added.get(),
                    bytesRead.get(),
                    totalBytes,
                    Duration.ofNanos(System.nanoTime() - startNanos));
        }
    }

    /** Rows read, checked and added so far; bytes of the file read, for a percentage and an estimate of the rest. */
    public record Snapshot(
            long rowsRead,
            long accepted,
            long rejected,
            long added,
            long bytesRead,
            long totalBytes,
            Duration elapsed) {
        public double rowsPerSecond() {
            return (accepted + rejected) / Math.max(0.001, elapsed.toNanos() / 1e9);
        }

        public double percent() {
            return totalBytes == 0 ? 100.0 : 100.0 * bytesRead / totalBytes;
        }

        /** Remaining time at the byte rate so far; null before anything was read. */
        public @Nullable Duration eta() {
            if (bytesRead == 0) return null;
            double perByte = (double) elapsed.toNanos() / bytesRead;
            return Duration.ofNanos((long) (perByte * Math.max(0, totalBytes - bytesRead)));
        }
    }

    /** The file is missing, unreadable or not a residents file; nothing was imported. */
    public static final class UnreadableFile extends RuntimeException {
        UnreadableFile(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Registers residents given as forms (a synthetic region, a migration) with the same checks as a file import, in
     * one transaction; returns the master indexes of those added. Residents already registered are skipped; a form
     * that fails a check fails the whole call.
     */
    public List<io.ehc.identity.MasterIndex> registerAll(List<io.ehc.identity.RegistrationForm> forms, String by) {
        LocalDate today = LocalDate.now(clock);
        java.time.Instant now = clock.instant();
        List<BulkResidents.Encoded> encoded = forms.parallelStream()
                .map(f -> residents.encode(Resident.register(f, regions::exists, today, now, by)))
                .toList();
        return residents.addAbsent(encoded);
    }

    public Path rejectsFileOf(Path csv) {
        return csv.resolveSibling(csv.getFileName() + ".rejects.csv");
    }

    public Summary importFile(Path csv, String by) {
        return importFile(csv, by, new Progress());
    }

    public Summary importFile(Path csv, String by, Progress progress) {
        if (!Files.isRegularFile(csv) || !Files.isReadable(csv)) throw new UnreadableFile("cannot read the file", null);
        InputStream in;
        BufferedReader reader;
        try {
            progress.totalBytes = Files.size(csv);
            in = new CountingStream(Files.newInputStream(csv), progress.bytesRead);
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String header = reader.readLine();
            if (header != null && header.startsWith("\uFEFF")) header = header.substring(1);
            if (header == null || !HEADER.equals(header.strip())) {
                reader.close();
                throw new UnreadableFile("the first line must be the header " + HEADER, null);
            }
        } catch (IOException e) {
            throw new UnreadableFile("cannot read the file", e);
        }
        Path rejectsFile = rejectsFileOf(csv);
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("import-check"));
        ExecutorService writer = Executors.newSingleThreadExecutor(daemon("import-write"));
        BlockingQueue<Future<Chunk>> chunks = new ArrayBlockingQueue<>(workers * 4);
        AtomicBoolean stop = new AtomicBoolean();
        Thread readerThread = daemon("import-read").newThread(() -> read(reader, by, pool, chunks, stop, progress));
        long added = 0;
        try (Writer rejects = Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8)) {
            rejects.write("line,field,rule\n");
            readerThread.start();
            List<BulkResidents.Encoded> batch = new ArrayList<>(batchRows);
            Future<Integer> inFlight = null;
            while (true) {
                Future<Chunk> next = chunks.take();
                Chunk chunk = next.get();
                if (chunk == Chunk.END) break;
                for (Reject r : chunk.rejects())
                    rejects.write(r.line() + "," + r.field() + "," + csvQuote(r.rule()) + "\n");
                progress.rejected.addAndGet(chunk.rejects().size());
                progress.accepted.addAndGet(chunk.encoded().size());
                batch.addAll(chunk.encoded());
                if (batch.size() >= batchRows) {
                    added += awaitAdded(inFlight, progress);
                    List<BulkResidents.Encoded> full = batch;
                    inFlight = writer.submit(() -> residents.addAbsent(full).size());
                    batch = new ArrayList<>(batchRows);
                }
            }
            added += awaitAdded(inFlight, progress);
            List<BulkResidents.Encoded> last = batch;
            added += awaitAdded(writer.submit(() -> residents.addAbsent(last).size()), progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableFile u) throw u;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("import failed", e.getCause());
        } finally {
            stop.set(true);
            chunks.clear();
            readerThread.interrupt();
            pool.shutdownNow();
            writer.shutdownNow();
            try {
                reader.close();
            } catch (IOException ignored) {
                // the summary does not depend on closing the input
            }
        }
        Snapshot done = progress.snapshot();
        return new Summary(
                done.rowsRead(),
                done.accepted(),
                added,
                done.accepted() - added,
                done.rejected(),
                done.elapsed(),
                rejectsFile);
    }

    private static long awaitAdded(@Nullable Future<Integer> inFlight, Progress progress)
            throws ExecutionException, InterruptedException {
        if (inFlight == null) return 0;
        int n = inFlight.get();
        progress.added.addAndGet(n);
        return n;
    }

    /** Reader thread: cuts the file into chunks of lines and hands each to the pool, in order. */
    private void read(
            BufferedReader reader,
            String by,
            ExecutorService pool,
            BlockingQueue<Future<Chunk>> chunks,
            AtomicBoolean stop,
            Progress progress) {
        try {
            long lineNo = 1;
            List<String> lines = new ArrayList<>(chunkRows);
            long first = 2;
            String line;
            while (!stop.get() && (line = reader.readLine()) != null) {
                lineNo++;
                if (lines.isEmpty()) first = lineNo;
                lines.add(line);
                if (!line.isBlank()) progress.rowsRead.incrementAndGet();
                if (lines.size() == chunkRows) {
                    hand(chunks, submit(pool, first, lines, by), stop);
                    lines = new ArrayList<>(chunkRows);
                }
            }
            if (!lines.isEmpty()) hand(chunks, submit(pool, first, lines, by), stop);
            hand(chunks, java.util.concurrent.CompletableFuture.completedFuture(Chunk.END), stop);
        } catch (IOException e) {
            hand(
                    chunks,
                    java.util.concurrent.CompletableFuture.failedFuture(new UnreadableFile("cannot read the file", e)),
                    stop);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the import was stopped (the writer failed) while this thread was still reading
        }
    }

    private Future<Chunk> submit(ExecutorService pool, long firstLine, List<String> lines, String by) {
        return pool.submit(() -> check(firstLine, lines, by));
    }

    private static void hand(BlockingQueue<Future<Chunk>> chunks, Future<Chunk> chunk, AtomicBoolean stop) {
        try {
            while (!stop.get()) if (chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Parses, validates and seals one chunk of consecutive lines; blank lines are skipped. */
    private Chunk check(long firstLine, List<String> lines, String by) {
        List<BulkResidents.Encoded> encoded = new ArrayList<>(lines.size());
        List<Reject> rejects = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        long lineNo = firstLine;
        for (String line : lines) {
            if (line.isBlank()) {
                lineNo++;
                continue;
            }
            try {
                encoded.add(residents.encode(registration(line, today, by)));
            } catch (InvalidInput e) {
                rejects.add(new Reject(lineNo, COLUMN_OF_FIELD.getOrDefault(e.field(), e.field()), ruleOf(e)));
            }
            lineNo++;
        }
        return new Chunk(encoded, rejects);
    }

    private Resident registration(String line, LocalDate today, String by) {
        List<String> f = CsvLine.split(line);
        if (f.size() != COLUMNS) throw new InvalidInput("row", "must have " + COLUMNS + " columns");
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(f.get(3).strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("birthDate", "must be a date yyyy-MM-dd");
        }
        io.ehc.identity.RegistrationForm form = new io.ehc.identity.RegistrationForm(
                f.get(0),
                f.get(1).strip(),
                f.get(2).strip(),
                birthDate,
                f.get(4).strip(),
                f.get(5),
                f.get(6),
                f.get(7),
                f.get(8).strip());
        return Resident.register(form, regions::exists, today, clock.instant(), by);
    }

    private static String ruleOf(InvalidInput e) {
        String m = e.getMessage();
        String prefix = e.field() + ": ";
        return m != null && m.startsWith(prefix) ? m.substring(prefix.length()) : String.valueOf(m);
    }

    private static String csvQuote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private record Reject(long line, String field, String rule) {}

    private record Chunk(List<BulkResidents.Encoded> encoded, List<Reject> rejects) {
        static final Chunk END = new Chunk(List.of(), List.of());
    }

    /** Counts the bytes taken from the file, for the percentage of the progress display. */
    private static final class CountingStream extends FilterInputStream {
        private final AtomicLong count;

        CountingStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count.incrementAndGet();
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count.addAndGet(n);
            return n;
        }
    }
}
