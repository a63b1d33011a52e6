package io.ehc.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.shared.Ids;
import io.ehc.shared.jdbc.GroupCommitWriter;
import io.ehc.support.PlatformIT;
import io.ehc.usage.domain.CardUse;
import io.ehc.usage.domain.CardUses;
import io.ehc.usage.domain.CareStep;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A use record and the writes of another module that go with it (a dynamic code's verification count) commit in one
 * unit: both are stored, or, when one of them cannot be, neither.
 */
class CardUseAlongsideIT extends PlatformIT {
    private static final GroupCommitWriter.CopyTarget CODE_VERIFICATION = new GroupCommitWriter.CopyTarget(
            "code_verification", List.of("code_key", "n", "expires_at", "verified_at"));

    @Autowired
    CardUses uses;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theUseAndItsCountAreStoredTogether() throws Exception {
        String ehcId = ehcId();
        String key = ehcId + ":T1";
        uses.append(use(ehcId, 3), List.of(count(key))).get();

        assertThat(usesOf(ehcId)).isEqualTo(1);
        assertThat(countsOf(key)).isEqualTo(1);
    }

    @Test
    void aUseThatCannotBeStoredTakesItsCountWithIt() {
        String ehcId = ehcId();
        String key = ehcId + ":T1";

        // grade 7 breaks card_use's check constraint: the unit fails as a whole
        assertThatThrownBy(() -> uses.append(use(ehcId, 7), List.of(count(key))).get())
                .isInstanceOf(ExecutionException.class);
        assertThat(usesOf(ehcId)).isZero();
        assertThat(countsOf(key)).as("the count of a use that was not stored").isZero();
    }

    private static String ehcId() {
        return (UUID.randomUUID().toString() + UUID.randomUUID())
                .replace("-", "")
                .toUpperCase();
    }

    private static CardUse use(String ehcId, int grade) {
        Instant now = Instant.now();
        return new CardUse(
                Ids.timeOrdered(now.toEpochMilli()),
                now,
                now,
                ehcId,
                "TESTINST01",
                grade,
                "0101",
                "430102",
                "430102",
                "0100",
                new CareStep("010104"),
                null,
                "SCAN",
                "0",
                null);
    }

    private static GroupCommitWriter.Write count(String key) {
        Instant expiry = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return CODE_VERIFICATION.row(key, 1, Timestamp.from(expiry), Timestamp.from(Instant.now()));
    }

    private int usesOf(String ehcId) {
        return jdbc.queryForObject("select count(*) from card_use where ehc_id = ?", Integer.class, ehcId);
    }

    private int countsOf(String key) {
        return jdbc.queryForObject("select count(*) from code_verification where code_key = ?", Integer.class, key);
    }
}
