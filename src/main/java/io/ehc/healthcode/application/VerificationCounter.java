package io.ehc.healthcode.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ehc.healthcode.VerificationHistory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts successful verifications per dynamic code against the configured limit. The count lives in memory; what
 * makes it durable is the use record every accepted verification leads to, which keeps the code's expiry block
 * ({@link VerificationHistory}, V22): a code not in memory is counted from those records. One platform node counts
 * its own codes.
 *
 * <p>Before V22 each verification also wrote a numbered {@code code_verification} row. Those rows are still added to
 * the count of the codes they belong to, and purged a day after their codes expired; nothing writes them any more.
 */
@Component
class VerificationCounter {
    /**
     * The least look-back for a code's uses before its expiry (the validity when that is longer): a code issued under a
     * longer validity, before the setting was changed, is still counted whole.
     */
    private static final Duration LIFETIME_MARGIN = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final VerificationHistory history;
    private final Duration lookBack;
    private final Duration skew;
    private final Cache<String, AtomicInteger> counts;
    /**
     * Whether rows written before V22 may still be there (null: not looked yet). Nothing writes them any more, so once
     * the table is found empty a code met for the first time costs one query instead of two.
     */
    private volatile @Nullable Boolean legacyRows;

    VerificationCounter(JdbcTemplate jdbc, VerificationHistory history, CodeSettings settings) {
        this.jdbc = jdbc;
        this.history = history;
        this.skew = settings.clockSkew();
        Duration validity = settings.dynamicValidity();
        this.lookBack = (validity.compareTo(LIFETIME_MARGIN) > 0 ? validity : LIFETIME_MARGIN).plus(skew);
        this.counts = Caffeine.newBuilder()
                .executor(Runnable::run) // maintenance on the caller: no wake-up of a pool thread per request
                .expireAfterAccess(validity.plus(skew).plusMinutes(5))
                .maximumSize(2_000_000)
                .build();
    }

    /**
     * Takes the next number for the code of {@code ehcId} with expiry block {@code codeBlock} if it is within
     * {@code limit}; 0 when the limit is reached.
     */
    int take(String ehcId, String codeBlock, int limit, Instant expiresAt) {
        // the block opens only for its EHC ID, so it names the code on its own (V21)
        AtomicInteger count = counts.get(codeBlock, k -> new AtomicInteger(stored(ehcId, k, expiresAt)));
        int n = count.incrementAndGet();
        if (n > limit) {
            count.decrementAndGet();
            return 0;
        }
        return n;
    }

    private int stored(String ehcId, String codeBlock, Instant expiresAt) {
        int used = history.verificationsOf(
                ehcId,
                codeBlock,
                expiresAt.minus(lookBack),
                expiresAt.plus(skew).plusSeconds(1));
        Boolean legacy = legacyRows;
        if (legacy == null) legacyRows = legacy = anyLegacyRows();
        if (!legacy) return used;
        // counted before V22: the key leads with the expiry, which the code itself carries (V18)
        Integer before = jdbc.queryForObject(
                "select max(n) from code_verification where expires_at = ? and code_key = ?",
                Integer.class,
                Timestamp.from(expiresAt),
                codeBlock);
        return used + (before == null ? 0 : before);
    }

    /** Removes the rows written before V22 once their codes expired more than a day ago. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    void purgeExpired() {
        jdbc.update("delete from code_verification where expires_at < now() - interval '1 day'");
        legacyRows = anyLegacyRows();
    }

    private boolean anyLegacyRows() {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from code_verification)", Boolean.class));
    }
}
