package io.ehc.healthcode.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.shared.jdbc.GroupCommitWriter;
import io.ehc.support.PlatformIT;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The count of verifications per dynamic code is durable: a node that starts again goes on from the stored count. */
class VerificationCounterIT extends PlatformIT {
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GroupCommitWriter writer;

    @Autowired
    CodeSettings settings;

    /** Commits the count's row as the use record's unit would. */
    private void store(VerificationCounter.Counted counted) throws Exception {
        writer.submit(List.of(counted.row())).get();
    }

    @Test
    void aRestartedNodeCountsOnFromTheStoredRowsAndKeepsTheLimit() throws Exception {
        String code = UUID.randomUUID() + ":" + UUID.randomUUID();
        String other = UUID.randomUUID() + ":" + UUID.randomUUID();
        Instant expiry = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        Instant now = Instant.now();
        VerificationCounter first = new VerificationCounter(jdbc, settings);
        for (int i = 1; i <= 3; i++) {
            VerificationCounter.Counted c = first.take(code, 5, expiry, now);
            assertThat(c.number()).isEqualTo(i);
            store(c);
        }
        store(first.take(other, 5, expiry, now));

        VerificationCounter restarted = new VerificationCounter(jdbc, settings);
        VerificationCounter.Counted fourth = restarted.take(code, 5, expiry, now);
        assertThat(fourth.number()).isEqualTo(4);
        store(fourth);
        VerificationCounter.Counted fifth = restarted.take(code, 5, expiry, now);
        assertThat(fifth.number()).isEqualTo(5);
        store(fifth);
        assertThat(restarted.take(code, 5, expiry, now)).as("over the limit").isNull();
        assertThat(restarted.take(other, 5, expiry, now).number())
                .as("another code keeps its own count")
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from code_verification where code_key = ?", Integer.class, code))
                .isEqualTo(5);
    }

    @Test
    void thePurgeRemovesOnlyRowsOfCodesExpiredMoreThanADayAgo() throws Exception {
        String old = UUID.randomUUID() + ":old";
        String recent = UUID.randomUUID() + ":recent";
        VerificationCounter counter = new VerificationCounter(jdbc, settings);
        Instant now = Instant.now();
        store(counter.take(old, 5, now.minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS), now));
        store(counter.take(recent, 5, now.minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS), now));
        counter.purgeExpired();
        assertThat(jdbc.queryForObject(
                        "select count(*) from code_verification where code_key in (?, ?)", Integer.class, old, recent))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from code_verification where code_key = ?", Integer.class, recent))
                .isEqualTo(1);
    }
}
