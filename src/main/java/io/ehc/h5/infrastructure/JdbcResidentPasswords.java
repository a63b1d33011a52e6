package io.ehc.h5.infrastructure;

import io.ehc.h5.domain.ResidentPasswords;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code resident_password} (V16): one Argon2id hash per master index; no key into the identity module's tables. */
@Repository
class JdbcResidentPasswords implements ResidentPasswords {
    private final JdbcTemplate jdbc;

    JdbcResidentPasswords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> hashOf(String masterIndex) {
        return jdbc
                .queryForList("select hash from resident_password where master_index = ?", String.class, masterIndex)
                .stream()
                .findFirst();
    }

    @Override
    public void save(String masterIndex, String hash, Instant at) {
        jdbc.update("""
                insert into resident_password (master_index, hash, changed_at) values (?, ?, ?)
                on conflict (master_index) do update set hash = excluded.hash, changed_at = excluded.changed_at
                """, masterIndex, hash, Timestamp.from(at));
    }
}
