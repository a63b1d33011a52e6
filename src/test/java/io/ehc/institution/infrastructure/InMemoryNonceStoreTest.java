package io.ehc.institution.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.shared.error.PlatformException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InMemoryNonceStoreTest {
    private static final Duration SKEW = Duration.ofSeconds(300);
    private static final Duration HORIZON = SKEW.multipliedBy(2);

    /** A clock the test moves. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-12-05T08:00:00.123Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final ManualClock clock = new ManualClock();

    private InMemoryNonceStore store(long capacity) {
        return new InMemoryNonceStore(clock, SKEW, capacity);
    }

    @Test
    void aNonceIsAcceptedOncePerKey() {
        InMemoryNonceStore store = store(1_000);
        Instant until = clock.instant().plus(SKEW);
        assertThat(store.firstUse("tk_a", "n0nce-0000000001", until)).isTrue();
        assertThat(store.firstUse("tk_a", "n0nce-0000000001", until)).isFalse();
        assertThat(store.firstUse("tk_b", "n0nce-0000000001", until)).isTrue();
        assertThat(store.firstUse("tk_a", "n0nce-0000000002", until)).isTrue();
        // key and nonce are not simply concatenated: moving a character from one to the other is another pair
        assertThat(store.firstUse("tk_an", "0nce-0000000001", until)).isTrue();
        assertThat(store.size()).isEqualTo(4);
    }

    /** Nonces are kept in generations of 150 s (a quarter of the horizon); first seen early in one, or late. */
    @ParameterizedTest
    @ValueSource(longs = {123, 149_000})
    void aNonceIsRememberedForTheWholeHorizonAndForgottenSoonAfter(long millisIntoAGeneration) {
        clock.now = Instant.parse("2026-12-05T08:00:00Z").plusMillis(millisIntoAGeneration);
        InMemoryNonceStore store = store(1_000);
        assertThat(store.firstUse("tk_a", "remembered-nonce-1", clock.instant().plus(HORIZON)))
                .isTrue();
        for (int elapsed = 5; elapsed <= HORIZON.toSeconds(); elapsed += 5) {
            clock.advance(Duration.ofSeconds(5));
            assertThat(store.firstUse("tk_a", "remembered-nonce-1", clock.instant()))
                    .as("still refused %d s after first use", elapsed)
                    .isFalse();
        }
        clock.advance(HORIZON.dividedBy(4));
        assertThat(store.firstUse("tk_a", "remembered-nonce-1", clock.instant()))
                .isTrue();
    }

    @Test
    void forgettingAWholeGenerationFreesItsPlaces() {
        InMemoryNonceStore store = store(1_000);
        for (int i = 0; i < 100; i++)
            assertThat(store.firstUse("tk_a", "first-generation-" + i, clock.instant()))
                    .isTrue();
        assertThat(store.size()).isEqualTo(100);
        clock.advance(HORIZON.plus(HORIZON.dividedBy(2)));
        assertThat(store.firstUse("tk_a", "after-a-long-pause-1", clock.instant()))
                .isTrue();
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void atCapacityNewNoncesAreRefusedWithUnavailableButReplaysStillAnswered() {
        InMemoryNonceStore store = store(3);
        Instant until = clock.instant();
        for (int i = 0; i < 3; i++)
            assertThat(store.firstUse("tk_a", "capacity-nonce-" + i, until)).isTrue();
        assertThatThrownBy(() -> store.firstUse("tk_a", "capacity-nonce-3", until))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(store.firstUse("tk_a", "capacity-nonce-0", until)).isFalse();
        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    void aFullStoreDropsTheExpiredNoncesOfEveryStripeBeforeRefusing() {
        InMemoryNonceStore store = store(100);
        for (int i = 0; i < 100; i++)
            assertThat(store.firstUse("tk_a", "old-nonce-" + i, clock.instant()))
                    .isTrue();
        clock.advance(HORIZON.plus(HORIZON.dividedBy(2)));
        // the old nonces lie in stripes no request has touched since they expired: they must not hold places
        for (int i = 0; i < 100; i++)
            assertThat(store.firstUse("tk_a", "new-nonce-" + i, clock.instant()))
                    .as("new nonce %d", i)
                    .isTrue();
        assertThatThrownBy(() -> store.firstUse("tk_a", "one-too-many", clock.instant()))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(store.size()).isEqualTo(100);
    }

    @Test
    void retentionBeyondTheHorizonIsAProgrammingError() {
        InMemoryNonceStore store = store(10);
        assertThatThrownBy(() -> store.firstUse(
                        "tk_a",
                        "too-far-ahead-0001",
                        clock.instant().plus(HORIZON).plusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.size()).isZero();
    }

    @Test
    void growsPastItsFirstTableWithoutLosingANonce() {
        InMemoryNonceStore store = store(1_000_000);
        int n = 200_000; // the first tables have 1,024 places in each of 64 stripes
        for (int i = 0; i < n; i++)
            assertThat(store.firstUse("tk_g", "grow-" + i + "-nonce", clock.instant()))
                    .isTrue();
        // the next generation's table is sized from this one's count; nonces of both are checked
        clock.advance(HORIZON.dividedBy(4));
        for (int i = 0; i < n; i++)
            assertThat(store.firstUse("tk_g", "grow-" + i + "-nonce", clock.instant()))
                    .isFalse();
        assertThat(store.firstUse("tk_g", "next-generation-nonce", clock.instant()))
                .isTrue();
        assertThat(store.size()).isEqualTo(n + 1);
    }

    @Test
    void concurrentUsesOfTheSameNoncesAcceptEachExactlyOnce() throws Exception {
        InMemoryNonceStore store = store(1_000_000);
        int threads = 8, nonces = 20_000;
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++)
                tasks.add(() -> {
                    for (int i = 0; i < nonces; i++)
                        if (store.firstUse("tk_c", "concurrent-" + i + "-nonce", clock.instant()))
                            accepted.incrementAndGet();
                    return null;
                });
            for (Future<Void> f : pool.invokeAll(tasks)) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(accepted).hasValue(nonces);
        assertThat(store.size()).isEqualTo(nonces);
    }
}
