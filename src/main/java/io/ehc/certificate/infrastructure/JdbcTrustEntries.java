package io.ehc.certificate.infrastructure;

import io.ehc.certificate.CertificateKind;
import io.ehc.certificate.domain.TrustEntries;
import io.ehc.certificate.domain.TrustEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The trust store in PostgreSQL (table {@code certificate_trust}). */
@Repository
class JdbcTrustEntries implements TrustEntries {
    private final JdbcTemplate jdbc;

    JdbcTrustEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TrustEntry> add(TrustEntry e) {
        return jdbc
                .query(
                        """
                        insert into certificate_trust (kind, issuer, key_id, key_algorithm, public_key, jwk, certificate,
                                                       description, valid_until, added_at, added_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (kind, issuer, key_id) where revoked_at is null do nothing
                        returning *
                        """,
                        JdbcTrustEntries::entry,
                        e.kind().name(),
                        e.issuer(),
                        e.keyId(),
                        e.keyAlgorithm(),
                        e.publicKey(),
                        e.jwk(),
                        e.certificate(),
                        e.description(),
                        timestamp(e.validUntil()),
                        Timestamp.from(e.addedAt()),
                        e.addedBy())
                .stream()
                .findFirst();
    }

    @Override
    public List<TrustEntry> active(CertificateKind kind, String issuer, @Nullable String keyId) {
        if (keyId == null)
            return jdbc.query(
                    "select * from certificate_trust where kind = ? and issuer = ? and revoked_at is null order by id",
                    JdbcTrustEntries::entry,
                    kind.name(),
                    issuer);
        return jdbc.query(
                "select * from certificate_trust where kind = ? and issuer = ? and key_id = ? and revoked_at is null",
                JdbcTrustEntries::entry,
                kind.name(),
                issuer,
                keyId);
    }

    @Override
    public List<TrustEntry> all(@Nullable CertificateKind kind) {
        if (kind == null)
            return jdbc.query("select * from certificate_trust order by id desc", JdbcTrustEntries::entry);
        return jdbc.query(
                "select * from certificate_trust where kind = ? order by id desc",
                JdbcTrustEntries::entry,
                kind.name());
    }

    @Override
    public boolean revoke(long id, Instant at, String by) {
        return jdbc.update(
                        "update certificate_trust set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null",
                        Timestamp.from(at),
                        by,
                        id)
                == 1;
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static TrustEntry entry(ResultSet rs, int row) throws SQLException {
        return new TrustEntry(
                rs.getLong("id"),
                CertificateKind.valueOf(rs.getString("kind")),
                rs.getString("issuer"),
                rs.getString("key_id"),
                rs.getString("key_algorithm"),
                rs.getBytes("public_key"),
                rs.getString("jwk"),
                rs.getBytes("certificate"),
                rs.getString("description"),
                instant(rs.getTimestamp("valid_until")),
                rs.getTimestamp("added_at").toInstant(),
                rs.getString("added_by"),
                instant(rs.getTimestamp("revoked_at")),
                rs.getString("revoked_by"));
    }
}
