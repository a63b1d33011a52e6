package io.ehc.shared;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Time-ordered identifiers (UUID version 7: 48-bit Unix milliseconds, then random bits). Ordered IDs keep B-tree
 * inserts local; {@link ThreadLocalRandom} avoids the global lock of {@link UUID#randomUUID()}, which showed as the
 * main lock contention under load. These IDs are unique, not secret.
 */
public final class Ids {
    private Ids() {}

    public static UUID timeOrdered(long epochMillis) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long high = (epochMillis << 16) | 0x7000L | (r.nextLong() & 0x0FFFL);
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
