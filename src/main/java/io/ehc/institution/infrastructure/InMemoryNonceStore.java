package io.ehc.institution.infrastructure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.ehc.institution.domain.NonceStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Nonces in memory, each kept until its timestamp leaves the accepted window. One platform node; a deployment of
 * several nodes behind one address implements {@link NonceStore} on a shared store.
 */
@Component
class InMemoryNonceStore implements NonceStore {
    private final Clock clock;
    private final Cache<String, Instant> seen;

    InMemoryNonceStore(Clock clock) {
        this.clock = clock;
        this.seen = Caffeine.newBuilder()
                .executor(Runnable::run) // maintenance on the caller: no wake-up of a pool thread per request
                .maximumSize(5_000_000)
                .expireAfter(new Expiry<String, Instant>() {
                    @Override
                    public long expireAfterCreate(String key, Instant until, long now) {
                        return Math.max(
                                0, Duration.between(clock.instant(), until).toNanos());
                    }

                    @Override
                    public long expireAfterUpdate(String key, Instant until, long now, long current) {
                        return current;
                    }

                    @Override
                    public long expireAfterRead(String key, Instant until, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    @Override
    public boolean firstUse(String keyId, String nonce, Instant until) {
        return seen.asMap().putIfAbsent(keyId + "\u0000" + nonce, until) == null;
    }
}
