package io.ehc.healthcode.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ehc.shared.jdbc.GroupCommitWriter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts successful verifications per dynamic code against the configured limit. The count lives in memory and is
 * written (one numbered row per verification, through group commit) so that it survives a restart: a code not in
 * memory is counted from its rows. One platform node counts its own codes. The row is handed to the caller, which
 * commits it in the same unit as the use record the verification leads to: both are stored or neither.
 */
@Component
class VerificationCounter {
    private static final GroupCommitWriter.CopyTarget CODE_VERIFICATION = new GroupCommitWriter.CopyTarget(
            "code_verification", List.of("code_key", "n", "expires_at", "verified_at"));

    /** The number this verification got, and the row that makes it durable (to commit with the use record). */
    record Counted(int number, GroupCommitWriter.Write row) {}

    private final JdbcTemplate jdbc;
    private final Cache<String, AtomicInteger> counts;

    VerificationCounter(JdbcTemplate jdbc, CodeSettings settings) {
        this.jdbc = jdbc;
        this.counts = Caffeine.newBuilder()
                .executor(Runnable::run) // maintenance on the caller: no wake-up of a pool thread per request
                .expireAfterAccess(
                        settings.dynamicValidity().plus(settings.clockSkew()).plusMinutes(5))
                .maximumSize(2_000_000)
                .build();
    }

    /** Takes the next number if it is within {@code limit}; null when the limit is reached. */
    Counted take(String codeKey, int limit, Instant expiresAt, Instant now) {
        AtomicInteger count = counts.get(codeKey, k -> new AtomicInteger(stored(k, expiresAt)));
        int n = count.incrementAndGet();
        if (n > limit) {
            count.decrementAndGet();
            return null;
        }
        return new Counted(n, CODE_VERIFICATION.row(codeKey, n, Timestamp.from(expiresAt), Timestamp.from(now)));
    }

    private int stored(String codeKey, Instant expiresAt) {
        // the key leads with the expiry, which the code itself carries (V18)
        Integer max = jdbc.queryForObject(
                "select max(n) from code_verification where expires_at = ? and code_key = ?",
                Integer.class,
                Timestamp.from(expiresAt),
                codeKey);
        return max == null ? 0 : max;
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    void purgeExpired() {
        jdbc.update("delete from code_verification where expires_at < now() - interval '1 day'");
    }
}
