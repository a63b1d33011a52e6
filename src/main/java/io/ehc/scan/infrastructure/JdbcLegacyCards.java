package io.ehc.scan.infrastructure;

import io.ehc.scan.domain.LegacyCardScheme;
import io.ehc.scan.domain.LegacyCards;
import io.ehc.shared.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLegacyCards implements LegacyCards {
    private final JdbcTemplate jdbc;

    JdbcLegacyCards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> boundCard(String institutionCode, String legacyId) {
        return jdbc
                .queryForList(
                        "select ehc_id from legacy_card where institution_code = ? and legacy_id = ? and unbound_at is null",
                        String.class,
                        institutionCode,
                        legacyId)
                .stream()
                .findFirst();
    }

    @Override
    public boolean bind(String institutionCode, String legacyId, String ehcId, Instant at, String by) {
        return jdbc.update(
                        """
                        insert into legacy_card (binding_id, institution_code, legacy_id, ehc_id, bound_at, bound_by)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing
                        """,
                        Ids.timeOrdered(at.toEpochMilli()),
                        institutionCode,
                        legacyId,
                        ehcId,
                        Timestamp.from(at),
                        by)
                == 1;
    }

    @Override
    public boolean unbind(String institutionCode, String legacyId, Instant at, String by) {
        return jdbc.update("""
                        update legacy_card set unbound_at = ?, unbound_by = ?
                        where institution_code = ? and legacy_id = ? and unbound_at is null
                        """, Timestamp.from(at), by, institutionCode, legacyId) == 1;
    }

    @Override
    public Optional<LegacyCardScheme> scheme(String institutionCode) {
        return jdbc
                .query(
                        "select pattern, description from legacy_card_scheme where institution_code = ?",
                        (rs, i) -> new LegacyCardScheme(
                                institutionCode, rs.getString("pattern"), rs.getString("description")),
                        institutionCode)
                .stream()
                .findFirst();
    }

    @Override
    public void saveScheme(LegacyCardScheme scheme, Instant at, String by) {
        jdbc.update("""
                insert into legacy_card_scheme (institution_code, pattern, description, updated_at, updated_by)
                values (?, ?, ?, ?, ?)
                on conflict (institution_code) do update
                set pattern = excluded.pattern, description = excluded.description,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """, scheme.institutionCode(), scheme.pattern(), scheme.description(), Timestamp.from(at), by);
    }
}
