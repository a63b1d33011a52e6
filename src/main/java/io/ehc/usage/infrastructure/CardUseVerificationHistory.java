package io.ehc.usage.infrastructure;

import io.ehc.healthcode.VerificationHistory;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A dynamic code's verifications counted from the card's use records that keep its block (V22), through the card's
 * index ({@code card_use_by_card}): only the card's uses in the code's lifetime are read.
 */
@Component
class CardUseVerificationHistory implements VerificationHistory {
    private final JdbcTemplate jdbc;

    CardUseVerificationHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int verificationsOf(String ehcId, String codeBlock, Instant from, Instant to) {
        Integer n = jdbc.queryForObject("""
                select count(*) from card_use
                where ehc_id = ? and used_at >= ? and used_at < ? and code_block = ?
                """, Integer.class, ehcId, Timestamp.from(from), Timestamp.from(to), codeBlock);
        return n == null ? 0 : n;
    }
}
