package io.ehc.institution.infrastructure;

import io.ehc.institution.domain.NonceStore;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.PlatformException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Nonces of one platform node, in memory, as 128-bit fingerprints in open-addressed {@code long} arrays: 32-64 bytes
 * a nonce and no object per request. An object per nonce (a cache entry, its key and value) lived for minutes, so
 * every young garbage collection copied the nonces of the last seconds again (about a megabyte per second at 5,000
 * verifications/s, measured in docs/benchmarks.md), and the cache's size limit would have evicted nonces still
 * inside the window when the load grew.
 *
 * <p>The fingerprints are spread over 64 stripes, each with its own lock and tables, so that concurrent requests
 * rarely wait for one another. Within a stripe, nonces are kept by when they were first seen, in generations of a
 * quarter of the horizon: the current one takes new nonces, the four before it are still checked, older ones are
 * dropped whole. So every nonce is remembered for at least the horizon (twice the accepted clock skew: a timestamp may be that far ahead of this node's clock and is
 * accepted until that far behind it), and for at most a quarter more. When the limit of remembered nonces is reached
 * the store (after dropping the expired generations of every stripe) refuses new requests (503) rather than forget a
 * nonce early.
 *
 * <p>Fingerprints are a keyed hash of key ID and nonce with a secret seed drawn at start, so that no client can
 * choose nonces that collide; two different nonces share a fingerprint with a probability of about 2<sup>-128</sup>.
 * A deployment of several nodes behind one address implements {@link NonceStore} on a shared store.
 */
@Component
class InMemoryNonceStore implements NonceStore {
    private static final int GENERATIONS = 5;
    /**
     * Stripes, each with its own generations and lock, chosen by the fingerprint: every terminal request passes here,
     * and with one lock the threads queued behind a holder that lost its core (measured: more than half of all
     * contended lock waits of the server at 64 clients, docs/benchmarks.md), and a table that grew under the lock
     * held every request up.
     */
    private static final int STRIPE_BITS = 6;

    private static final int STRIPES = 1 << STRIPE_BITS;
    private static final int MIN_SLOTS = 1 << 10;
    private static final int MAX_SLOTS = 1 << 22;

    private final Clock clock;
    private final long horizonMillis;
    private final long generationMillis;
    private final long capacity;
    private final long seedHigh;
    private final long seedLow;
    private final Stripe[] stripes = new Stripe[STRIPES];
    /** Nonces remembered in all stripes; a stripe adds before it stores and subtracts the generations it drops. */
    private final AtomicLong remembered = new AtomicLong();

    InMemoryNonceStore(
            Clock clock,
            @Value("${ehc.terminal.max-clock-skew:300s}") Duration window,
            @Value("${ehc.terminal.nonce-capacity:10000000}") long capacity) {
        this.clock = clock;
        this.horizonMillis = window.multipliedBy(2).toMillis();
        this.generationMillis = Math.max(1, horizonMillis / (GENERATIONS - 1));
        this.capacity = Math.min(capacity, (long) STRIPES * MAX_SLOTS / 2);
        SecureRandom random = new SecureRandom();
        this.seedHigh = random.nextLong();
        this.seedLow = random.nextLong();
        long generation = clock.millis() / generationMillis;
        for (int i = 0; i < STRIPES; i++) stripes[i] = new Stripe(generation);
    }

    /**
     * @throws IllegalArgumentException if {@code until} lies beyond the horizon: the store could not keep the nonce
     *     that long
     */
    @Override
    public boolean firstUse(String keyId, String nonce, Instant until) {
        long now = clock.millis();
        if (until.toEpochMilli() - now > horizonMillis)
            throw new IllegalArgumentException("nonce retention beyond the store's horizon");
        long high = hash(seedHigh, 0x100000001b3L, keyId, nonce);
        long low = hash(seedLow, 0x9e3779b97f4a7c15L, keyId, nonce) | 1; // never 0: an all-zero slot is empty
        long generation = now / generationMillis;
        // the top bits choose the stripe, the low bits the slot in its tables
        Stripe stripe = stripes[(int) (high >>> (64 - STRIPE_BITS))];
        Boolean first = stripe.firstUse(high, low, generation);
        if (first == null) {
            // full: other stripes may still count generations that have expired; drop them and try once more
            rotateAll(generation);
            first = stripe.firstUse(high, low, generation);
            if (first == null)
                throw new PlatformException(
                        ErrorCodes.UNAVAILABLE, 503, "too many requests in the replay window; retry later");
        }
        return first;
    }

    /** Number of nonces remembered now (all generations still checked). */
    long size() {
        rotateAll(clock.millis() / generationMillis);
        return remembered.get();
    }

    private void rotateAll(long generation) {
        for (Stripe s : stripes) s.rotateTo(generation);
    }

    /** A share of the nonces: index 0 of {@code generations} is the current generation; guarded by the stripe. */
    private final class Stripe {
        private final Table[] generations = new Table[GENERATIONS];
        private long currentGeneration;

        Stripe(long generation) {
            this.currentGeneration = generation;
            for (int i = 0; i < GENERATIONS; i++) generations[i] = new Table(MIN_SLOTS);
        }

        /** True on first use, false on reuse, null when the store is full. */
        synchronized @Nullable Boolean firstUse(long high, long low, long generation) {
            rotate(generation);
            for (int i = GENERATIONS - 1; i >= 0; i--) if (generations[i].contains(high, low)) return false;
            if (remembered.incrementAndGet() > capacity) {
                remembered.decrementAndGet();
                return null;
            }
            generations[0].add(high, low);
            return true;
        }

        synchronized void rotateTo(long generation) {
            rotate(generation);
        }

        private void rotate(long generation) {
            long steps = generation - currentGeneration;
            if (steps <= 0) return;
            int lastSize = generations[0].size;
            for (long s = 0; s < Math.min(steps, GENERATIONS); s++) {
                remembered.addAndGet(-generations[GENERATIONS - 1].size);
                System.arraycopy(generations, 0, generations, 1, GENERATIONS - 1);
                generations[0] = new Table(MIN_SLOTS);
            }
            // the new table is sized for as many nonces as the one before it took, at half load
            if (steps == 1) generations[0] = new Table(slotsFor(lastSize));
            currentGeneration = generation;
        }
    }

    private static int slotsFor(int entries) {
        long wanted = Math.max(MIN_SLOTS, 2L * entries);
        return (int) Math.min(MAX_SLOTS, Long.highestOneBit(wanted - 1) << 1);
    }

    /** FNV-1a over the characters with a secret start value, then the MurmurHash3 finaliser. */
    private static long hash(long seed, long prime, String keyId, String nonce) {
        long h = seed;
        for (int i = 0; i < keyId.length(); i++) h = (h ^ keyId.charAt(i)) * prime;
        h = (h ^ 0x10000) * prime; // separator: no character has this value
        for (int i = 0; i < nonce.length(); i++) h = (h ^ nonce.charAt(i)) * prime;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** Open addressing with linear probing; two longs a slot, both zero when empty; grows at half load. */
    private static final class Table {
        long[] slots;
        int mask;
        int size;

        Table(int capacity) {
            slots = new long[2 * capacity];
            mask = capacity - 1;
        }

        boolean contains(long high, long low) {
            if (size == 0) return false;
            for (int i = (int) high & mask; ; i = (i + 1) & mask) {
                long h = slots[2 * i], l = slots[2 * i + 1];
                if (l == 0) return false;
                if (h == high && l == low) return true;
            }
        }

        void add(long high, long low) {
            if (2 * (size + 1) > mask + 1) grow();
            put(high, low);
            size++;
        }

        private void put(long high, long low) {
            int i = (int) high & mask;
            while (slots[2 * i + 1] != 0) i = (i + 1) & mask;
            slots[2 * i] = high;
            slots[2 * i + 1] = low;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[2 * old.length];
            mask = old.length - 1;
            for (int i = 0; i < old.length; i += 2) if (old[i + 1] != 0) put(old[i], old[i + 1]);
        }
    }
}
