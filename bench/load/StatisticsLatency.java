import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Dashboard query latency of the statistics API, several regulators opening the dashboard at once, and the lag of the
 * figures behind new use records.
 *
 * <pre>
 * java -cp bcprov.jar bench/load/StatisticsLatency.java --url http://localhost:18081 --password secret \
 *      [--iterations 50] [--warmup 10] [--users 1,4,16] [--seconds 30] [--lag 30]
 * </pre>
 *
 * Every figure is read the way the dashboard reads it: by a regulator account of the province (created through the
 * administration API with the administrator's password) signed in through the login form, with its session cookie.
 *
 * <p>Latency: every figure a dashboard opens with (the queries below), each warmed up, then asked {@code iterations}
 * times one after the other by one client; prints p50, p99 and max per query (milliseconds, client side, over HTTP
 * on the same machine) as Markdown table rows.
 *
 * <p>Concurrent users: for each count in {@code users}, that many regulators, each with its own session, open the
 * dashboard again and again for {@code seconds} without pausing, as the page does: the page itself, then its eight
 * figure requests at once (summary, trend of uses and of code displays, institution adoption, uses, code displays and
 * cards by city or county, service adoption). Each opening takes the next of four views: the province over the last
 * 30 days by day, the province over a year by month, a city over 30 days by day, a city over a year by month. Prints
 * the time to a complete dashboard (p50/p99/max), the figure requests' latency under that load, and dashboards per
 * second.
 *
 * <p>Lag: sets up an institution, a terminal and a card holder through the administration API, then {@code lag}
 * times verifies the card's code and reads today's hourly use figure of the county at once; the figure must have
 * grown by exactly one every time (the rollup is written in the transaction of the use record). Java 17, single file;
 * bcprov on the class path for HMAC-SM3.
 */
public class StatisticsLatency {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String REGULATOR_PASSWORD = "Bench-Regulator-2026!";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static String base;
    static String auth;

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        base = a.getOrDefault("url", "http://localhost:18081");
        auth = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + a.getOrDefault("password", "bench-admin")).getBytes(StandardCharsets.UTF_8));
        int iterations = Integer.parseInt(a.getOrDefault("iterations", "50"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
        int lag = Integer.parseInt(a.getOrDefault("lag", "30"));
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
        List<Integer> users = Arrays.stream(a.getOrDefault("users", "1,4,16").split(","))
                .map(String::strip).filter(u -> !u.isEmpty()).map(Integer::parseInt).toList();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String y = today.minusDays(364).toString();
        String m = today.minusDays(29).toString();
        String t = today.toString();
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("summary, province, last 30 days", "/summary?region=430000&from=" + m + "&to=" + t);
        queries.put("uses per day, province, 365 days", "/uses?granularity=day&region=430000&from=" + y + "&to=" + t);
        queries.put("uses by care step per month, province, 365 days",
                "/uses?groupBy=careStep&granularity=month&region=430000&from=" + y + "&to=" + t);
        queries.put("uses by care step per day, province, 365 days",
                "/uses?groupBy=careStep&granularity=day&region=430000&from=" + y + "&to=" + t);
        queries.put("uses by scene, city 430100, 365 days", "/uses?groupBy=scene&region=430100&from=" + y + "&to=" + t);
        queries.put("uses by channel per hour, province, 2 days",
                "/uses?groupBy=channel&granularity=hour&region=430000&from=" + today.minusDays(1) + "&to=" + t);
        queries.put("uses by institution, grade 3, province, 365 days",
                "/uses?groupBy=institution&grade=3&region=430000&from=" + y + "&to=" + t);
        queries.put("uses by institution per month, county 430104, 365 days",
                "/uses?groupBy=institution&granularity=month&region=430104&from=" + y + "&to=" + t);
        queries.put("uses by city per month, province, 365 days",
                "/uses?groupBy=city&granularity=month&region=430000&from=" + y + "&to=" + t);
        queries.put("cross-region uses per month, province, 365 days",
                "/uses?groupBy=crossRegion&granularity=month&region=430000&from=" + y + "&to=" + t);
        queries.put("cards by city per month, province, 365 days",
                "/cards?groupBy=city&granularity=month&region=430000&from=" + y + "&to=" + t);
        queries.put("cards by channel per day, province, 365 days",
                "/cards?groupBy=channel&granularity=day&region=430000&from=" + y + "&to=" + t);
        queries.put("cards by institution, province, 365 days",
                "/cards?groupBy=institution&region=430000&from=" + y + "&to=" + t);
        queries.put("coverage, province", "/coverage?region=430000&to=" + t);
        queries.put("code displays by type per day, province, 365 days",
                "/code-displays?groupBy=type&granularity=day&region=430000&from=" + y + "&to=" + t);
        queries.put("institution adoption, province, 365 days",
                "/adoption/institutions?region=430000&from=" + y + "&to=" + t);
        queries.put("service adoption, province, 365 days", "/adoption/services?region=430000&from=" + y + "&to=" + t);
        queries.put("uses by city, CSV, province, 365 days",
                "/uses?groupBy=city&format=csv&region=430000&from=" + y + "&to=" + t);

        String regulator = regulatorAccount();
        Session one = Session.signIn(regulator);
        System.out.println("figures read by regulator " + regulator + " (province 430000) through its session");
        System.out.println();
        System.out.println("| Figure | rows | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (var q : queries.entrySet()) {
            String path = "/api/v1/statistics" + q.getValue();
            String body = "";
            for (int i = 0; i < warmup; i++) body = one.get(path);
            long[] nanos = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                one.get(path);
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            int rows = path.contains("format=csv") ? (int) body.lines().count() - 1 : count(body, "\\{\"") - 1;
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f |%n",
                    q.getKey(),
                    Math.max(0, rows),
                    ms(pct(nanos, 50)),
                    ms(pct(nanos, 99)),
                    ms(nanos[iterations - 1]));
        }
        if (!users.isEmpty()) {
            System.out.println();
            System.out.println("| Concurrent regulators | dashboards opened | dashboards/s | complete dashboard p50 ms | p99 ms"
                    + " | max ms | figure requests | request p50 ms | p99 ms | max ms |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int n : users) dashboards(n, seconds, regulator, today);
        }
        if (lag > 0) lag(lag, today, one);
    }

    /** A regulator account of the province for this run (a new name each run, so a kept database can be reused). */
    static String regulatorAccount() throws Exception {
        String name = "bench.reg" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        admin("POST", "/api/admin/accounts", "{\"username\":\"" + name + "\",\"displayName\":\"基准测试监管员\","
                + "\"password\":\"" + REGULATOR_PASSWORD + "\",\"roles\":[\"REGULATOR\"],\"region\":\"430000\"}", 201);
        return name;
    }

    /**
     * A regulator signed in through the login form, as a browser is: the session cookie is kept by hand (it is
     * marked Secure, which java.net's cookie store withholds from plain http://localhost; browsers do not).
     */
    static final class Session {
        final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        volatile String cookie = "";

        static Session signIn(String username) throws Exception {
            Session s = new Session();
            HttpResponse<String> page = s.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
            Matcher csrf = CSRF.matcher(page.body());
            if (page.statusCode() != 200 || !csrf.find()) throw new IllegalStateException("no login form: " + page.statusCode());
            String form = "username=" + enc(username) + "&password=" + enc(REGULATOR_PASSWORD) + "&_csrf=" + enc(csrf.group(1));
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            String to = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || to.contains("error") || !to.contains("/regulator"))
                throw new IllegalStateException("sign-in refused: " + r.statusCode() + " to " + to);
            return s;
        }

        static String enc(String v) {
            return URLEncoder.encode(v, StandardCharsets.UTF_8);
        }

        HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
            if (!cookie.isEmpty()) b.header("Cookie", cookie);
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            keep(r);
            return r;
        }

        void keep(HttpResponse<?> r) {
            for (String c : r.headers().allValues("Set-Cookie")) {
                if (c.startsWith("EHC_SESSION=")) cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            }
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
            if (!cookie.isEmpty()) b.header("Cookie", cookie);
            return b;
        }

        String get(String path) throws Exception {
            HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException(path + " answered " + r.statusCode() + " " + r.body());
            return r.body();
        }

        /** Starts a GET; completes with its latency in nanoseconds, or fails on any answer but 200. */
        CompletableFuture<Long> timed(String path) {
            long t0 = System.nanoTime();
            return http.sendAsync(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
                if (r.statusCode() != 200) throw new IllegalStateException(path + " answered " + r.statusCode());
                return System.nanoTime() - t0;
            });
        }
    }

    /** The requests of one dashboard opening, for one of four views (see the class comment). */
    static List<String> dashboard(int view, LocalDate today) {
        boolean year = view % 2 == 1;
        boolean province = view < 2;
        String region = province ? "430000" : "430100";
        String part = province ? "city" : "county";
        String g = year ? "month" : "day";
        String range = "region=" + region + "&from=" + today.minusDays(year ? 364 : 29) + "&to=" + today;
        String s = "/api/v1/statistics/";
        return List.of(
                s + "summary?" + range,
                s + "uses?groupBy=total&granularity=" + g + "&" + range,
                s + "code-displays?groupBy=total&granularity=" + g + "&" + range,
                s + "adoption/institutions?" + range,
                s + "uses?groupBy=" + part + "&" + range,
                s + "code-displays?groupBy=" + part + "&" + range,
                s + "cards?groupBy=" + part + "&" + range,
                s + "adoption/services?" + range);
    }

    /** {@code n} regulators open the dashboard without pausing for {@code seconds}; one Markdown row. */
    static void dashboards(int n, int seconds, String regulator, LocalDate today) throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < n; i++) sessions.add(Session.signIn(regulator));
        // Warm-up: every view once per session, not counted.
        for (Session s : sessions) for (int v = 0; v < 4; v++) open(s, v, today, null, null);
        List<Long> pages = Collections.synchronizedList(new ArrayList<>());
        List<Long> requests = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(n);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            Session s = sessions.get(i);
            int first = i;
            Thread th = new Thread(() -> {
                try {
                    for (int view = first; System.nanoTime() < end; view++) open(s, view % 4, today, pages, requests);
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            });
            th.start();
        }
        done.await();
        if (!failures.isEmpty()) throw new IllegalStateException("a dashboard failed: " + failures.get(0), failures.get(0));
        long[] p = pages.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] r = requests.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "| %d | %d | %.1f | %.1f | %.1f | %.1f | %d | %.1f | %.1f | %.1f |%n",
                n, p.length, p.length / (double) seconds, ms(pct(p, 50)), ms(pct(p, 99)), ms(p[p.length - 1]),
                r.length, ms(pct(r, 50)), ms(pct(r, 99)), ms(r[r.length - 1]));
    }

    /** One dashboard opening: the page, then its figure requests at once; records the times when lists are given. */
    static void open(Session s, int view, LocalDate today, List<Long> pages, List<Long> requests) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> page = s.http.send(
                s.request("/regulator/").header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) throw new IllegalStateException("dashboard page answered " + page.statusCode());
        List<CompletableFuture<Long>> calls = new ArrayList<>();
        for (String path : dashboard(view, today)) calls.add(s.timed(path));
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        long took = System.nanoTime() - t0;
        if (pages == null) return;
        pages.add(took);
        for (CompletableFuture<Long> c : calls) requests.add(c.join());
    }

    static long pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    static String get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(path + " answered " + r.statusCode() + " " + r.body());
        return r.body();
    }

    static String admin(String method, String path, String json, int expected) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) throw new IllegalStateException(path + " answered " + r.statusCode() + " " + r.body());
        return r.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) throw new IllegalStateException("no " + name + " in " + json);
        return m.group(1);
    }

    static long total(String json) {
        Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Verify, then read the figure: it must have grown by one at once. */
    static void lag(int n, LocalDate today, Session regulator) throws Exception {
        SecureRandom rnd = new SecureRandom();
        String county = "430382";
        String code = "LAG" + String.format("%08d", rnd.nextInt(100_000_000));
        admin("POST", "/api/admin/institutions", "{\"code\":\"" + code + "\",\"name\":\"时延测试医院\",\"grade\":2,"
                + "\"type\":\"HOSPITAL\",\"region\":\"" + county + "\"}", 201);
        admin("POST", "/api/admin/institutions/" + code + "/departments", "{\"code\":\"0101\",\"name\":\"门诊\"}", 201);
        String terminal = admin("POST", "/api/admin/institutions/" + code + "/terminals",
                "{\"departmentCode\":\"0101\",\"channel\":\"0100\",\"name\":\"窗口\"}", 201);
        String keyId = field(terminal, "keyId");
        String secret = field(terminal, "secret");
        LocalDate birth = LocalDate.of(1980 + rnd.nextInt(20), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String first17 = county + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 1 + 2 * rnd.nextInt(400));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int s = 0;
        for (int i = 0; i < 17; i++) s += (first17.charAt(i) - '0') * w[i];
        String id = first17 + "10X98765432".charAt(s % 11);
        String resident = admin("POST", "/api/v1/residents", "{\"name\":\"时延测试\",\"sex\":\"1\",\"nationality\":\"01\","
                + "\"birthDate\":\"" + birth + "\",\"documentType\":\"01\",\"documentNumber\":\"" + id + "\","
                + "\"phone\":\"13900000000\",\"address\":\"湖南省湘潭市韶山市测试路1号\",\"homeRegion\":\"" + county + "\"}", 201);
        String card = admin("POST", "/api/v1/cards", "{\"masterIndex\":\"" + field(resident, "masterIndex")
                + "\",\"channel\":\"0402\"}", 201);
        String ehcId = field(card, "ehcId");
        String staticCode = field(get("/api/v1/cards/" + ehcId + "/codes/static"), "text");
        String figure = "/api/v1/statistics/uses?granularity=hour&region=" + county + "&from=" + today + "&to=" + today;
        long before = total(regulator.get(figure));
        int exact = 0;
        long worst = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            verify(keyId, secret, "{\"code\":\"" + staticCode + "\",\"careStep\":\"010101\",\"scene\":\"0101012\"}");
            long after = total(regulator.get(figure));
            worst = Math.max(worst, System.nanoTime() - t0);
            if (after == before + 1) exact++;
            before = after;
        }
        System.out.printf(
                Locale.ROOT,
                "%nlag: %d of %d verifications were in the hourly figure read right after the answer"
                        + " (verify + read took at most %.1f ms)%n",
                exact,
                n,
                worst / 1e6);
    }

    static void verify(String keyId, String secret, String json) throws Exception {
        String path = "/api/terminal/v1/verify";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(System.currentTimeMillis());
        byte[] n = new byte[12];
        new SecureRandom().nextBytes(n);
        String nonce = HexFormat.of().formatHex(n);
        SM3Digest sm3 = new SM3Digest();
        sm3.update(body, 0, body.length);
        byte[] digest = new byte[32];
        sm3.doFinal(digest, 0);
        String canonical = "POST\n" + path + "\n" + ts + "\n" + nonce + "\n" + HexFormat.of().withUpperCase().formatHex(digest);
        HMac hmac = new HMac(new SM3Digest());
        hmac.init(new KeyParameter(secret.getBytes(StandardCharsets.UTF_8)));
        byte[] c = canonical.getBytes(StandardCharsets.UTF_8);
        hmac.update(c, 0, c.length);
        byte[] mac = new byte[32];
        hmac.doFinal(mac, 0);
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .header("X-EHC-Key", keyId)
                        .header("X-EHC-Timestamp", ts)
                        .header("X-EHC-Nonce", nonce)
                        .header("X-EHC-Signature", HexFormat.of().withUpperCase().formatHex(mac))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("verify answered " + r.statusCode() + " " + r.body());
    }
}
