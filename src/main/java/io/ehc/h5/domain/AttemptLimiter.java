package io.ehc.h5.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed attempts per key (a phone number, a resident) and locks the key for {@code lockFor} once
 * {@code maxFailures} failures fall within that time; a success clears the count. Keys are counted whether or not
 * they belong to anyone, so a lock never tells registered numbers apart.
 */
public final class AttemptLimiter {
    private record Failures(int count, Instant first, Instant lockedUntil) {}

    private final int maxFailures;
    private final Duration lockFor;
    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public AttemptLimiter(int maxFailures, Duration lockFor, Clock clock) {
        if (maxFailures < 1) throw new IllegalArgumentException("maxFailures must be at least 1");
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.clock = clock;
    }

    public boolean isLocked(String key) {
        Failures f = failures.get(key);
        return f != null && f.lockedUntil().isAfter(clock.instant());
    }

    /** Records a failure; answers whether the key is now locked. */
    public boolean failed(String key) {
        Instant now = clock.instant();
        if (failures.size() > 100_000) failures.values().removeIf(f -> stale(f, now));
        Failures f = failures.compute(key, (k, old) -> {
            Failures base = old == null || stale(old, now) ? new Failures(0, now, Instant.EPOCH) : old;
            int count = base.count() + 1;
            return new Failures(count, base.first(), count >= maxFailures ? now.plus(lockFor) : base.lockedUntil());
        });
        return f.lockedUntil().isAfter(now);
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    private boolean stale(Failures f, Instant now) {
        return !f.lockedUntil().isAfter(now) && f.first().plus(lockFor).isBefore(now);
    }
}
