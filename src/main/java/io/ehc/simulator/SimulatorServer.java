package io.ehc.simulator;

import static io.ehc.simulator.Reply.body;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulators' HTTP server: JDK {@code HttpServer} bound to the loopback address with its own small thread pool,
 * serving
 *
 * <pre>
 * POST /sim/pay/{wechat|alipay|unionpay}/v1/micropay                 charge a payment code
 * GET  /sim/pay/{channel}/v1/orders/{merchantOrderNo}                 query an order (404 ORDER_NOT_EXIST)
 * POST /sim/pay/{channel}/v1/orders/{merchantOrderNo}/close           close an order number
 * POST /sim/pay/{channel}/v1/refunds                                  refund (idempotent by refundNo)
 * GET  /sim/pay/{channel}/v1/inspect/orders/{merchantOrderNo}         what the channel holds (tests, demos)
 * POST /sim/insurance/v1/enrolments                                   enrol an insured person, show an e-voucher
 * POST /sim/insurance/v1/vouchers/decode                              decode an e-voucher
 * POST /sim/insurance/v1/inspect                                      what the insurer holds for a voucher
 * </pre>
 *
 * State is in memory and lost at stop: these are simulators of outside parties, not part of the platform's records.
 * Runs inside the platform ({@code ehc.simulator.enabled}) or alone: {@code java ... io.ehc.simulator.SimulatorServer
 * [port] [delay-ms]}.
 */
public final class SimulatorServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SimulatorServer.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY = 64 * 1024;

    private final HttpServer server;
    private final ExecutorService pool;
    private final Map<SimulatedChannel, PaymentChannelSimulator> channels = new EnumMap<>(SimulatedChannel.class);
    private final InsuranceSimulator insurance;

    private SimulatorServer(HttpServer server, ExecutorService pool, Duration delay, Clock clock) {
        this.server = server;
        this.pool = pool;
        for (SimulatedChannel c : SimulatedChannel.values())
            channels.put(c, new PaymentChannelSimulator(c, delay, clock));
        this.insurance = new InsuranceSimulator(delay, clock);
    }

    /**
     * Starts the simulators on 127.0.0.1.
     *
     * @param port 0 for any free port
     * @param delay how long a simulated timeout holds its answer back (longer than the platform's client timeout)
     * @param threads size of the server's own thread pool
     */
    public static SimulatorServer start(int port, Duration delay, int threads) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        SimulatorServer s = new SimulatorServer(http, pool, delay, Clock.systemUTC());
        http.createContext("/sim/", s::handle);
        http.setExecutor(pool);
        http.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            Reply reply;
            try {
                reply = route(exchange);
            } catch (JacksonException | IllegalArgumentException e) {
                reply = Reply.of(400, body("result", "INVALID_REQUEST", "errMessage", "body is not a JSON object"));
            } catch (RuntimeException e) {
                log.warn("simulator failure: {}", e.getClass().getName());
                reply = Reply.of(500, body("result", "SYSTEM_ERROR", "errMessage", "simulator failure"));
            }
            if (!reply.delay().isZero()) Thread.sleep(reply.delay().toMillis());
            byte[] out = JSON.writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), out.length);
            exchange.getResponseBody().write(out);
        } catch (IOException e) {
            // the caller went away (it may have timed out): nothing to answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Reply route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String[] p = exchange.getRequestURI().getPath().split("/");
        // p[0] is empty, p[1] is "sim"
        if (p.length >= 5 && p[2].equals("pay") && p[4].equals("v1")) {
            PaymentChannelSimulator ch =
                    SimulatedChannel.ofPath(p[3]).map(channels::get).orElse(null);
            if (ch == null) return notFound();
            if (p.length == 6 && p[5].equals("micropay") && method.equals("POST")) return ch.micropay(read(exchange));
            if (p.length == 6 && p[5].equals("refunds") && method.equals("POST")) return ch.refund(read(exchange));
            if (p.length == 7 && p[5].equals("orders") && method.equals("GET")) return ch.query(p[6]);
            if (p.length == 8 && p[5].equals("orders") && p[7].equals("close") && method.equals("POST"))
                return ch.close(p[6]);
            if (p.length == 8 && p[5].equals("inspect") && p[6].equals("orders") && method.equals("GET"))
                return ch.inspect(p[7]);
        }
        if (p.length >= 5 && p[2].equals("insurance") && p[3].equals("v1") && method.equals("POST")) {
            if (p.length == 5 && p[4].equals("enrolments")) return insurance.enrol(read(exchange));
            if (p.length == 6 && p[4].equals("vouchers") && p[5].equals("decode"))
                return insurance.decode(read(exchange));
            if (p.length == 5 && p[4].equals("inspect")) return insurance.inspect(read(exchange));
        }
        return notFound();
    }

    private static JsonNode read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) throw new IllegalArgumentException("body too large");
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) throw new IllegalArgumentException("not a JSON object");
            return node;
        }
    }

    private static Reply notFound() {
        return Reply.of(404, body("result", "NOT_FOUND", "errMessage", "no such endpoint"));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "simulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs the simulators alone: {@code [port (default 18090)] [delay in ms (default 5000)]}. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18090;
        Duration delay = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 5000);
        SimulatorServer s = start(port, delay, 8);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s.close();
            stopped.countDown();
        }));
        System.out.println("Simulators (payment channels, insurance) listening on " + s.baseUri() + "/sim");
        stopped.await();
    }
}
