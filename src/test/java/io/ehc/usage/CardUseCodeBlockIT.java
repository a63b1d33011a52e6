package io.ehc.usage;

import static io.ehc.support.CardUseFixtures.hex;
import static io.ehc.support.CardUseFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.healthcode.VerificationHistory;
import io.ehc.support.PlatformIT;
import io.ehc.usage.domain.CardUse;
import io.ehc.usage.domain.CardUses;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A use verified with a dynamic code keeps the code's expiry block, and those use records are the durable count of the
 * code's verifications (V22): a use that could not be stored is not counted.
 */
class CardUseCodeBlockIT extends PlatformIT {
    @Autowired
    CardUses uses;

    @Autowired
    VerificationHistory history;

    @Test
    void theUseKeepsItsCodeBlockAndTheHistoryCountsThem() throws Exception {
        String ehcId = hex(64);
        String block = hex(32);
        String other = hex(32);
        uses.append(scan(ehcId, 3, block)).get();
        uses.append(scan(ehcId, 3, block)).get();
        uses.append(scan(ehcId, 3, other)).get();
        uses.append(scan(ehcId, 3, null)).get();
        uses.append(scan(hex(64), 3, block)).get(); // another card: the block names a code only with its EHC ID

        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofHours(1));
        Instant to = now.plus(Duration.ofHours(1));
        assertThat(history.verificationsOf(ehcId, block, from, to)).isEqualTo(2);
        assertThat(history.verificationsOf(ehcId, other, from, to)).isEqualTo(1);
        assertThat(history.verificationsOf(ehcId, block, to, to.plus(Duration.ofHours(1))))
                .as("outside the code's lifetime")
                .isZero();
        List<CardUse> read = uses.historyOf(List.of(ehcId), from, to, 10);
        assertThat(read).extracting(CardUse::codeBlock).containsExactlyInAnyOrder(block, block, other, null);
    }

    @Test
    void aUseThatCannotBeStoredIsNotCounted() {
        String ehcId = hex(64);
        String block = hex(32);
        // grade 7 breaks card_use's check constraint: nothing is stored
        assertThatThrownBy(() -> uses.append(scan(ehcId, 7, block)).get()).isInstanceOf(ExecutionException.class);
        Instant now = Instant.now();
        assertThat(history.verificationsOf(ehcId, block, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1))))
                .isZero();
    }
}
