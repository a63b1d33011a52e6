package io.ehc.institution.infrastructure;

import io.ehc.institution.InstitutionView;
import io.ehc.institution.Terminal;
import io.ehc.institution.domain.Institutions;
import io.ehc.shared.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Institutions, departments and terminals in PostgreSQL. */
@Repository
class JdbcInstitutions implements Institutions {
    private static final String SECRET = "terminal.secret";
    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    JdbcInstitutions(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public boolean addInstitution(InstitutionView i, Instant at) {
        return jdbc.update(
                        "insert into institution (code, name, grade, type, region, created_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                        i.code(),
                        i.name(),
                        i.grade(),
                        i.type(),
                        i.region(),
                        Timestamp.from(at))
                == 1;
    }

    @Override
    public Optional<InstitutionView> find(String code) {
        return jdbc.query("select * from institution where code = ?", JdbcInstitutions::institution, code).stream()
                .findFirst();
    }

    @Override
    public List<InstitutionView> all() {
        return jdbc.query("select * from institution order by region, grade desc, code", JdbcInstitutions::institution);
    }

    @Override
    public List<InstitutionView> within(String regionPrefix) {
        return jdbc.query(
                "select * from institution where region like ? order by code",
                JdbcInstitutions::institution,
                regionPrefix + "%");
    }

    @Override
    public boolean addDepartment(String institution, String code, String name) {
        return jdbc.update(
                        "insert into department (institution_code, code, name) values (?, ?, ?) on conflict do nothing",
                        institution,
                        code,
                        name)
                == 1;
    }

    @Override
    public List<Map<String, Object>> departments(String institution) {
        return jdbc.queryForList(
                "select code, name from department where institution_code = ? order by code", institution);
    }

    @Override
    public boolean hasDepartment(String institution, String code) {
        return !jdbc.queryForList("select 1 from department where institution_code = ? and code = ?", institution, code)
                .isEmpty();
    }

    @Override
    public void addTerminal(Terminal t, String secret) {
        jdbc.update(
                """
                insert into terminal (key_id, institution_code, department_code, channel, name, secret_sealed, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                t.keyId(),
                t.institutionCode(),
                t.departmentCode(),
                t.channel(),
                t.name(),
                cipher.seal(SECRET, secret),
                t.status(),
                Timestamp.from(t.createdAt()));
    }

    /** The terminal and its secret, if the key exists. */
    @Override
    public Optional<Map.Entry<Terminal, String>> terminalWithSecret(String keyId) {
        return jdbc
                .query(
                        "select * from terminal where key_id = ?",
                        (rs, i) -> Map.entry(terminal(rs, i), cipher.open(SECRET, rs.getBytes("secret_sealed"))),
                        keyId)
                .stream()
                .findFirst();
    }

    @Override
    public List<Terminal> terminals(String institution) {
        return jdbc.query(
                "select * from terminal where institution_code = ? order by created_at",
                JdbcInstitutions::terminal,
                institution);
    }

    @Override
    public boolean revoke(String keyId, Instant at) {
        return jdbc.update(
                        "update terminal set status = 'REVOKED', revoked_at = ? where key_id = ? and status = 'ACTIVE'",
                        Timestamp.from(at),
                        keyId)
                == 1;
    }

    private static InstitutionView institution(ResultSet rs, int i) throws SQLException {
        return new InstitutionView(
                rs.getString("code"),
                rs.getString("name"),
                rs.getInt("grade"),
                rs.getString("type"),
                rs.getString("region"));
    }

    private static Terminal terminal(ResultSet rs, int i) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Terminal(
                rs.getString("key_id"),
                rs.getString("institution_code"),
                rs.getString("department_code"),
                rs.getString("channel"),
                rs.getString("name"),
                rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
