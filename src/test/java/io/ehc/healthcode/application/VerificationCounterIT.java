package io.ehc.healthcode.application;

import static io.ehc.support.CardUseFixtures.hex;
import static io.ehc.support.CardUseFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.healthcode.VerificationHistory;
import io.ehc.support.PlatformIT;
import io.ehc.usage.domain.CardUses;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The count of verifications per dynamic code is durable: a node that starts again goes on from the use records that
 * keep the code's block, plus the rows counted before V22.
 */
class VerificationCounterIT extends PlatformIT {
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CardUses uses;

    @Autowired
    VerificationHistory history;

    @Autowired
    CodeSettings settings;

    @Test
    void aRestartedNodeCountsOnFromTheUseRecordsAndKeepsTheLimit() throws Exception {
        String ehcId = hex(64);
        String code = hex(32);
        String other = hex(32);
        Instant expiry = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        VerificationCounter first = new VerificationCounter(jdbc, history, settings);
        for (int i = 1; i <= 3; i++) {
            assertThat(first.take(ehcId, code, 5, expiry)).isEqualTo(i);
            uses.append(scan(ehcId, 3, code)).get();
        }
        assertThat(first.take(ehcId, other, 5, expiry)).isEqualTo(1);
        uses.append(scan(ehcId, 3, other)).get();
        assertThat(first.take(ehcId, code, 5, expiry))
                .as("counted, but its use is never stored")
                .isEqualTo(4);

        VerificationCounter restarted = new VerificationCounter(jdbc, history, settings);
        assertThat(restarted.take(ehcId, code, 5, expiry))
                .as("three stored uses")
                .isEqualTo(4);
        uses.append(scan(ehcId, 3, code)).get();
        assertThat(restarted.take(ehcId, code, 5, expiry)).isEqualTo(5);
        uses.append(scan(ehcId, 3, code)).get();
        assertThat(restarted.take(ehcId, code, 5, expiry)).as("over the limit").isZero();
        assertThat(restarted.take(ehcId, other, 5, expiry))
                .as("another code keeps its own count")
                .isEqualTo(2);

        VerificationCounter again = new VerificationCounter(jdbc, history, settings);
        assertThat(again.take(ehcId, code, 5, expiry)).as("five stored uses").isZero();
    }

    @Test
    void rowsCountedBeforeTheUseRecordsKeptTheBlockStillCount() throws Exception {
        String ehcId = hex(64);
        String code = hex(32);
        Instant expiry = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        legacyRow(code, 1, expiry);
        legacyRow(code, 2, expiry);
        uses.append(scan(ehcId, 3, code)).get();

        VerificationCounter restarted = new VerificationCounter(jdbc, history, settings);
        assertThat(restarted.take(ehcId, code, 5, expiry)).isEqualTo(4);
        assertThat(restarted.take(ehcId, code, 4, expiry))
                .as("over a limit of four")
                .isZero();
    }

    @Test
    void thePurgeRemovesOnlyRowsOfCodesExpiredMoreThanADayAgo() {
        String old = hex(32);
        String recent = hex(32);
        Instant now = Instant.now();
        legacyRow(old, 1, now.minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS));
        legacyRow(recent, 1, now.minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS));
        new VerificationCounter(jdbc, history, settings).purgeExpired();
        assertThat(jdbc.queryForObject(
                        "select count(*) from code_verification where code_key in (?, ?)", Integer.class, old, recent))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from code_verification where code_key = ?", Integer.class, recent))
                .isEqualTo(1);
    }

    /** A row as nodes before V22 wrote one per verification. */
    private void legacyRow(String code, int n, Instant expiry) {
        jdbc.update(
                "insert into code_verification (code_key, n, expires_at, verified_at) values (?, ?, ?, now())",
                code,
                n,
                Timestamp.from(expiry));
    }
}
