import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Closed-loop HTTP load for the terminal API: N client threads, each with its own keep-alive HTTP/1.1 connection,
 * send a request, read the whole answer, and send the next. The first WARMUP seconds are not recorded; then every
 * request that starts and ends inside the DURATION window is counted and its latency kept (no histogram library:
 * the latencies are kept as longs and sorted).
 *
 * <pre>
 * java -cp bcprov-jdk18on-1.87.jar bench/load/VerifyLoad.java --url http://localhost:18080 --mode verify \
 *      --codes codes.txt --terminal terminal.properties --clients 64 --warmup 10 --duration 30 --label static
 * java -cp bcprov-jdk18on-1.87.jar bench/load/VerifyLoad.java --url http://localhost:18080 --mode time ...
 * </pre>
 *
 * mode verify: POST /api/terminal/v1/verify signed with HMAC-SM3 (README "Terminal API"), codes taken round-robin
 * from the file (one code text per line), each client starting at a different line. mode scan: the same, POST
 * /api/terminal/v1/scan with {"text": line, "purpose": --purpose (identify)}: any kind of code per line. mode time: GET
 * /api/terminal/v1/time, unsigned. Prints one summary line: throughput, p50/p90/p99/max, answers by status, and
 * where the CPU went during the measured window ({@code --watch server=PID,postgres=PID+}). {@code --timeline FILE}
 * also writes every counted answer's start, latency and client, to see whether slow answers come together.
 */
public class VerifyLoad {
    static final String VERIFY_PATH = "/api/terminal/v1/verify";
    static final String SCAN_PATH = "/api/terminal/v1/scan";
    static final String TIME_PATH = "/api/terminal/v1/time";
    static final HexFormat HEX = HexFormat.of().withUpperCase();

    record Options(URI url, String mode, List<String> codes, String keyId, String secret, int clients, int warmupSeconds,
            int durationSeconds, String label, String careStep, String scene, Map<String, Long> watch, String purpose, Path timeline) {}

    /** What one client saw in the measured window. */
    static final class Tally {
        long[] latencies = new long[1 << 16];
        long[] starts = new long[1 << 16];
        int count;
        long accepted;
        final Map<String, Long> byStatus = new TreeMap<>();
        final Map<String, String> firstBody = new LinkedHashMap<>();

        void record(long startNanos, long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count] = startNanos;
            latencies[count++] = nanos;
        }

        void answer(String status, String body) {
            byStatus.merge(status, 1L, Long::sum);
            if (!status.equals("200")) firstBody.putIfAbsent(status, body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        long start = System.nanoTime() + 200_000_000L;
        long measureFrom = start + o.warmupSeconds() * 1_000_000_000L;
        long measureTo = measureFrom + o.durationSeconds() * 1_000_000_000L;
        List<Tally> tallies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(o.clients());
        for (int i = 0; i < o.clients(); i++) {
            Tally t = new Tally();
            tallies.add(t);
            int client = i;
            Thread th = new Thread(() -> run(o, client, t, ready, start, measureFrom, measureTo), "client-" + i);
            threads.add(th);
            th.start();
        }
        CpuWatch cpu = new CpuWatch(o.watch());
        sleepUntil(measureFrom);
        cpu.snapshot();
        sleepUntil(measureTo);
        cpu.snapshot();
        for (Thread th : threads) th.join();
        int requests = report(o, tallies);
        if (o.timeline() != null) timeline(o.timeline(), tallies, System.currentTimeMillis() - (System.nanoTime() - measureFrom) / 1_000_000);
        cpu.report(o.durationSeconds(), requests);
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    /**
     * Where the CPU went in the measured window (Linux /proc, 100 ticks/s): the whole machine, this load generator,
     * and the watched processes (name=PID, or name=PID+ to add its children, e.g. the PostgreSQL postmaster and its
     * backends). "other" is everything else on the machine.
     */
    static final class CpuWatch {
        /** Figures of the whole machine, not of one process. */
        static final java.util.Set<String> MACHINE_WIDE = java.util.Set.of("machine", "iowait", "steal");
        final Map<String, Long> watch;
        final List<Map<String, Double>> snaps = new ArrayList<>();

        CpuWatch(Map<String, Long> watch) {
            this.watch = watch;
        }

        void snapshot() {
            Map<String, Double> s = new LinkedHashMap<>();
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                double busy = 0;
                for (int i : new int[] {1, 2, 3, 6, 7, 8}) busy += Long.parseLong(cpu[i]);
                s.put("machine", busy / 100.0);
                s.put("iowait", Long.parseLong(cpu[5]) / 100.0);
                s.put("steal", Long.parseLong(cpu[8]) / 100.0);
            } catch (IOException | RuntimeException e) {
                s.put("machine", Double.NaN);
                s.put("iowait", Double.NaN);
                s.put("steal", Double.NaN);
            }
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            s.put("loadgen", os.getProcessCpuTime() / 1e9);
            watch.forEach((name, pid) -> s.put(name, pid < 0 ? treeSeconds(-pid) : ticks(pid, false) / 100.0));
            snaps.add(s);
        }

        static double treeSeconds(long pid) {
            double sum = ticks(pid, true);
            try (var dirs = Files.list(Path.of("/proc"))) {
                for (Path d : (Iterable<Path>) dirs::iterator) {
                    String n = d.getFileName().toString();
                    if (!n.chars().allMatch(Character::isDigit)) continue;
                    String[] f = stat(Long.parseLong(n));
                    if (f != null && Long.parseLong(f[1]) == pid) sum += ticks(Long.parseLong(n), false);
                }
            } catch (IOException e) {
                return Double.NaN;
            }
            return sum / 100.0;
        }

        /** Fields of /proc/PID/stat after the command name: [0]=state, [1]=ppid, [11]=utime, [12]=stime ... */
        static String[] stat(long pid) {
            try {
                String line = Files.readString(Path.of("/proc/" + pid + "/stat"));
                return line.substring(line.lastIndexOf(')') + 2).split(" ");
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        static double ticks(long pid, boolean withReaped) {
            String[] f = stat(pid);
            if (f == null) return 0;
            double t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (withReaped) t += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return t;
        }

        /**
         * Cores busy per process, and CPU time per answered request: the second figure hardly depends on what else
         * runs on the machine, so it compares two builds even when throughput is noisy.
         */
        void report(int seconds, int requests) {
            if (snaps.size() < 2) return;
            StringBuilder sb = new StringBuilder("CPU cores busy in the measured window:");
            double machine = snaps.get(1).get("machine") - snaps.get(0).get("machine");
            double known = 0;
            for (String k : snaps.get(0).keySet()) {
                if (MACHINE_WIDE.contains(k) && !k.equals("machine")) continue;
                double used = snaps.get(1).get(k) - snaps.get(0).get(k);
                if (!k.equals("machine")) known += used;
                sb.append(String.format(" %s=%.2f", k, used / seconds));
            }
            sb.append(String.format(" other=%.2f (of %d cores)", (machine - known) / seconds, Runtime.getRuntime().availableProcessors()));
            // steal (counted in machine: another guest ran on these cores) and iowait (idle while a disk write was pending)
            sb.append(String.format("; steal=%.2f iowait=%.2f",
                    (snaps.get(1).get("steal") - snaps.get(0).get("steal")) / seconds,
                    (snaps.get(1).get("iowait") - snaps.get(0).get("iowait")) / seconds));
            System.out.println("  " + sb);
            if (requests == 0) return;
            StringBuilder per = new StringBuilder("CPU µs per request:");
            double sum = 0;
            for (String k : snaps.get(0).keySet()) {
                if (MACHINE_WIDE.contains(k)) continue;
                double us = (snaps.get(1).get(k) - snaps.get(0).get(k)) * 1e6 / requests;
                sum += us;
                per.append(String.format(" %s=%.1f", k, us));
            }
            per.append(String.format(" sum=%.1f", sum));
            System.out.println("  " + per);
        }
    }

    static void run(Options o, int client, Tally t, CountDownLatch ready, long start, long from, long to) {
        Client c = new Client(o, client);
        ready.countDown();
        while (System.nanoTime() < start) Thread.onSpinWait();
        while (true) {
            long t0 = System.nanoTime();
            if (t0 >= to) break;
            String status;
            String body;
            try {
                Answer a = c.send();
                status = Integer.toString(a.status());
                body = a.body();
            } catch (IOException e) {
                status = "io:" + e.getClass().getSimpleName();
                body = String.valueOf(e.getMessage());
                c.close();
            }
            long t1 = System.nanoTime();
            if (status.equals("200")) t.accepted++;
            if (t0 >= from && t1 <= to) {
                t.answer(status, body);
                if (status.equals("200")) t.record(t0 - from, t1 - t0);
            }
        }
        c.close();
    }

    record Answer(int status, String body) {}

    /** One keep-alive connection and the per-client signing state. */
    static final class Client {
        final Options o;
        final String host;
        final int port;
        final String noncePrefix;
        final SM3Digest sm3 = new SM3Digest();
        final HMac hmac = new HMac(new SM3Digest());
        int next;
        long seq;
        Socket socket;
        OutputStream out;
        InputStream in;

        Client(Options o, int client) {
            this.o = o;
            this.host = o.url().getHost();
            this.port = o.url().getPort();
            byte[] r = new byte[6];
            new SecureRandom().nextBytes(r);
            this.noncePrefix = "c" + client + "_" + HexFormat.of().formatHex(r) + "_";
            this.next = o.codes().isEmpty() ? 0 : (int) ((long) client * o.codes().size() / o.clients());
            hmac.init(new KeyParameter(o.secret().getBytes(StandardCharsets.UTF_8)));
        }

        Answer send() throws IOException {
            if (socket == null) connect();
            byte[] request = o.mode().equals("time") ? timeRequest() : verifyRequest();
            out.write(request);
            out.flush();
            return read();
        }

        byte[] timeRequest() {
            return ("GET " + TIME_PATH + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        byte[] verifyRequest() {
            Prepared p = prepared()[next];
            next = (next + 1) % o.codes().size();
            String ts = Long.toString(System.currentTimeMillis());
            String nonce = noncePrefix + (seq++);
            String canonical = p.canonicalStart() + ts + "\n" + nonce + "\n" + p.bodyDigest();
            String signature = HEX.formatHex(hmac(canonical.getBytes(StandardCharsets.UTF_8)));
            String head = p.headStart() + ts + "\r\nX-EHC-Nonce: " + nonce + "\r\nX-EHC-Signature: " + signature + "\r\n\r\n";
            byte[] h = head.getBytes(StandardCharsets.US_ASCII);
            byte[] all = Arrays.copyOf(h, h.length + p.body().length);
            System.arraycopy(p.body(), 0, all, h.length, p.body().length);
            return all;
        }

        /**
         * What does not change between two requests with the same code: the body, its digest and the start of the
         * request head. Prepared once per client, so that the load generator, which shares the machine with the
         * server, spends its CPU on what a terminal must do per request: the timestamp, the nonce and the HMAC.
         */
        record Prepared(byte[] body, String bodyDigest, String canonicalStart, String headStart) {}

        Prepared[] prepared;

        Prepared[] prepared() {
            if (prepared != null) return prepared;
            boolean scan = o.mode().equals("scan");
            String path = scan ? SCAN_PATH : VERIFY_PATH;
            prepared = new Prepared[o.codes().size()];
            for (int i = 0; i < prepared.length; i++) {
                String code = o.codes().get(i);
                byte[] body = (scan
                                ? "{\"text\":\"" + code + "\",\"purpose\":\"" + o.purpose() + "\"}"
                                : "{\"code\":\"" + code + "\",\"careStep\":\"" + o.careStep() + "\",\"scene\":\"" + o.scene() + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                String headStart = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                        + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                        + "\r\nX-EHC-Key: " + o.keyId() + "\r\nX-EHC-Timestamp: ";
                prepared[i] = new Prepared(body, HEX.formatHex(sm3(body)), "POST\n" + path + "\n", headStart);
            }
            return prepared;
        }

        byte[] sm3(byte[] in) {
            byte[] out = new byte[32];
            sm3.update(in, 0, in.length);
            sm3.doFinal(out, 0);
            return out;
        }

        byte[] hmac(byte[] in) {
            byte[] out = new byte[32];
            hmac.update(in, 0, in.length);
            hmac.doFinal(out, 0);
            return out;
        }

        void connect() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(60_000);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            out = socket.getOutputStream();
            in = socket.getInputStream();
            pos = 0;
            end = 0;
        }

        void close() {
            try {
                if (socket != null) socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
            socket = null;
        }

        /**
         * Reads status line, headers and a Content-Length or chunked body from this client's own buffer (no
         * per-byte calls into a synchronized stream); the body is decoded only for answers other than 200, which are
         * the ones reported.
         */
        Answer read() throws IOException {
            String statusLine = line();
            if (statusLine == null) throw new IOException("connection closed by server");
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean closeAfter = false;
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("content-length")) length = Integer.parseInt(value);
                else if (name.equalsIgnoreCase("transfer-encoding") && value.equalsIgnoreCase("chunked")) chunked = true;
                else if (name.equalsIgnoreCase("connection") && value.equalsIgnoreCase("close")) closeAfter = true;
            }
            java.io.ByteArrayOutputStream kept = status == 200 ? null : new java.io.ByteArrayOutputStream();
            if (chunked) {
                while (true) {
                    int n = Integer.parseInt(line().split(";")[0].trim(), 16);
                    if (n == 0) {
                        while (true) {
                            String trailer = line();
                            if (trailer == null || trailer.isEmpty()) break;
                        }
                        break;
                    }
                    body(n, kept);
                    line();
                }
            } else if (length >= 0) {
                body(length, kept);
            } else {
                while (fill()) {
                    if (kept != null) kept.write(buf, pos, end - pos);
                    pos = end;
                }
                closeAfter = true;
            }
            if (closeAfter) close();
            return new Answer(status, kept == null ? "" : kept.toString(StandardCharsets.UTF_8));
        }

        final byte[] buf = new byte[16384];
        int pos;
        int end;

        /** Reads more into the buffer when it is used up; false at the end of the stream. */
        boolean fill() throws IOException {
            if (pos < end) return true;
            pos = 0;
            end = 0;
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) return false;
            end = n;
            return true;
        }

        void body(int n, java.io.ByteArrayOutputStream kept) throws IOException {
            while (n > 0) {
                if (!fill()) throw new IOException("short body");
                int take = Math.min(n, end - pos);
                if (kept != null) kept.write(buf, pos, take);
                pos += take;
                n -= take;
            }
        }

        /** One header line (ISO-8859-1) without its CR LF; null at the end of the stream. */
        String line() throws IOException {
            StringBuilder sb = null;
            while (fill()) {
                for (int i = pos; i < end; i++) {
                    if (buf[i] == '\n') {
                        int stop = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
                        String part = new String(buf, pos, stop - pos, StandardCharsets.ISO_8859_1);
                        pos = i + 1;
                        if (sb == null) return part;
                        sb.append(part);
                        int n = sb.length();
                        if (n > 0 && sb.charAt(n - 1) == '\r') sb.setLength(n - 1);
                        return sb.toString();
                    }
                }
                if (sb == null) sb = new StringBuilder(128);
                sb.append(new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1));
                pos = end;
            }
            return sb == null || sb.length() == 0 ? null : sb.toString();
        }
    }

    static int report(Options o, List<Tally> tallies) {
        int total = 0;
        long accepted = 0;
        for (Tally t : tallies) {
            total += t.count;
            accepted += t.accepted;
        }
        long[] all = new long[total];
        int at = 0;
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Tally t : tallies) {
            System.arraycopy(t.latencies, 0, all, at, t.count);
            at += t.count;
            t.byStatus.forEach((k, v) -> byStatus.merge(k, v, Long::sum));
            t.firstBody.forEach(bodies::putIfAbsent);
        }
        Arrays.sort(all);
        long answers = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long errors = answers - byStatus.getOrDefault("200", 0L);
        System.out.printf(
                "RESULT label=%s mode=%s clients=%d warmup=%ds duration=%ds ok=%d errors=%d throughput=%.1f req/s"
                        + " p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms status=%s accepted_incl_warmup=%d%n",
                o.label(), o.mode(), o.clients(), o.warmupSeconds(), o.durationSeconds(), total, errors,
                total / (double) o.durationSeconds(), ms(pct(all, 50)), ms(pct(all, 90)), ms(pct(all, 99)),
                ms(all.length == 0 ? 0 : all[all.length - 1]), byStatus, accepted);
        bodies.forEach((status, body) -> System.out.println("  first " + status + " answer: " + body));
        stalls(tallies, total);
        return total;
    }

    /**
     * Gaps in which no client got a 200 answer: a stall of the whole server (a slow commit, a GC pause) holds every
     * client at once, so its answers come late together, which the percentiles alone do not show.
     */
    static void stalls(List<Tally> tallies, int total) {
        long[] ends = new long[total];
        int at = 0;
        for (Tally t : tallies) for (int i = 0; i < t.count; i++) ends[at++] = t.starts[i] + t.latencies[i];
        Arrays.sort(ends);
        long longest = 0, over10 = 0, over20 = 0, stalled = 0;
        for (int i = 1; i < ends.length; i++) {
            long gap = ends[i] - ends[i - 1];
            longest = Math.max(longest, gap);
            if (gap > 10_000_000L) {
                over10++;
                stalled += gap;
            }
            if (gap > 20_000_000L) over20++;
        }
        System.out.printf(
                "  stalls (no 200 answer to any client): %d over 10 ms, %d over 20 ms, longest %.1f ms, %.2f s in all%n",
                over10, over20, ms(longest), stalled / 1e9);
    }

    /** One line per counted answer: start (ms since the measured window began), latency (ms), client number. */
    static void timeline(Path file, List<Tally> tallies, long windowStartEpochMillis) throws IOException {
        try (var w = Files.newBufferedWriter(file)) {
            w.write("# measured window began at Unix ms " + windowStartEpochMillis + "\n");
            for (int c = 0; c < tallies.size(); c++) {
                Tally t = tallies.get(c);
                for (int i = 0; i < t.count; i++)
                    w.write(String.format("%.3f %.3f %d%n", t.starts[i] / 1e6, t.latencies[i] / 1e6, c));
            }
        }
    }

    static long pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static Options parse(String[] args) throws IOException {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --option value, got " + args[i]);
            a.put(args[i].substring(2), args[i + 1]);
        }
        String mode = a.getOrDefault("mode", "verify");
        if (!mode.equals("verify") && !mode.equals("time") && !mode.equals("scan"))
            throw new IllegalArgumentException("--mode verify|scan|time");
        List<String> codes = List.of();
        String keyId = "";
        String secret = "";
        if (!mode.equals("time")) {
            codes = Files.readAllLines(Path.of(a.get("codes"))).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (codes.isEmpty()) throw new IllegalArgumentException("no codes in " + a.get("codes"));
            var props = new java.util.Properties();
            try (var r = Files.newBufferedReader(Path.of(a.get("terminal")))) {
                props.load(r);
            }
            keyId = props.getProperty("keyId");
            secret = props.getProperty("secret");
        }
        Map<String, Long> watch = new LinkedHashMap<>();
        for (String w : a.getOrDefault("watch", "").split(",")) {
            if (w.isBlank()) continue;
            String[] kv = w.split("=");
            String pid = kv[1].trim();
            watch.put(kv[0], pid.endsWith("+") ? -Long.parseLong(pid.substring(0, pid.length() - 1)) : Long.parseLong(pid));
        }
        URI url = URI.create(a.getOrDefault("url", "http://localhost:18080"));
        return new Options(url, mode, codes, keyId, secret, Integer.parseInt(a.getOrDefault("clients", "64")),
                Integer.parseInt(a.getOrDefault("warmup", "10")), Integer.parseInt(a.getOrDefault("duration", "30")),
                a.getOrDefault("label", mode), a.getOrDefault("care-step", "010101"), a.getOrDefault("scene", "0101012"), watch,
                a.getOrDefault("purpose", "identify"), a.containsKey("timeline") ? Path.of(a.get("timeline")) : null);
    }
}
