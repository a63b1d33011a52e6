package io.ehc.account.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window rate limit per client (e.g. per IP address): at most {@code limit} attempts in each window of
 * {@code window}. Held in memory by one node; clients whose window has passed are forgotten when the table grows.
 */
public final class AttemptLimiter {
    private static final int SWEEP_ABOVE = 10_000;

    private record Window(Instant start, int attempts) {}

    private final int limit;
    private final Duration window;
    private final Map<String, Window> clients = new ConcurrentHashMap<>();

    public AttemptLimiter(int limit, Duration window) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
        this.limit = limit;
        this.window = window;
    }

    /** Counts an attempt of the client; false when the client has used up the attempts of its window. */
    public boolean tryAttempt(String client, Instant now) {
        if (clients.size() > SWEEP_ABOVE) sweep(now);
        Window w = clients.compute(client, (k, old) -> {
            if (old == null || !now.isBefore(old.start().plus(window))) return new Window(now, 1);
            return new Window(old.start(), old.attempts() + 1);
        });
        return w.attempts() <= limit;
    }

    private void sweep(Instant now) {
        for (Iterator<Window> it = clients.values().iterator(); it.hasNext(); )
            if (!now.isBefore(it.next().start().plus(window))) it.remove();
    }
}
