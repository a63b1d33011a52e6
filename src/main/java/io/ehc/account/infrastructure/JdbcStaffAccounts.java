package io.ehc.account.infrastructure;

import io.ehc.account.domain.Jurisdiction;
import io.ehc.account.domain.Role;
import io.ehc.account.domain.StaffAccount;
import io.ehc.account.domain.StaffAccounts;
import io.ehc.account.domain.Username;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code staff_account}. */
@Repository
class JdbcStaffAccounts implements StaffAccounts {
    private final JdbcTemplate jdbc;

    JdbcStaffAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(StaffAccount a) {
        return jdbc.update(
                        """
                        insert into staff_account (id, username, display_name, password_hash, roles, region,
                            institution_code, terminal_key_id, enabled, failed_attempts, locked_until, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (username) do nothing""",
                        a.id(),
                        a.username().value(),
                        a.displayName(),
                        a.passwordHash(),
                        roles(a.roles()),
                        a.region() == null ? null : a.region().code(),
                        a.institutionCode(),
                        a.terminalKeyId(),
                        a.enabled(),
                        a.failedAttempts(),
                        ts(a.lockedUntil()),
                        ts(a.createdAt()))
                == 1;
    }

    @Override
    public Optional<StaffAccount> find(Username username) {
        return jdbc.query("select * from staff_account where username = ?", this::map, username.value()).stream()
                .findFirst();
    }

    @Override
    public Optional<StaffAccount> findForUpdate(Username username) {
        return jdbc
                .query("select * from staff_account where username = ? for update", this::map, username.value())
                .stream()
                .findFirst();
    }

    @Override
    public List<StaffAccount> all() {
        return jdbc.query("select * from staff_account order by username", this::map);
    }

    @Override
    public void save(StaffAccount a) {
        jdbc.update(
                """
                update staff_account set password_hash = ?, enabled = ?, failed_attempts = ?, locked_until = ?,
                    last_sign_in_at = ? where id = ?""",
                a.passwordHash(),
                a.enabled(),
                a.failedAttempts(),
                ts(a.lockedUntil()),
                ts(a.lastSignInAt()),
                a.id());
    }

    @Override
    public boolean isEmpty() {
        Boolean any = jdbc.queryForObject("select exists (select 1 from staff_account)", Boolean.class);
        return any == null || !any;
    }

    private StaffAccount map(ResultSet rs, int row) throws SQLException {
        String region = rs.getString("region");
        return new StaffAccount(
                rs.getObject("id", java.util.UUID.class),
                new Username(rs.getString("username")),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                parseRoles(rs.getString("roles")),
                region == null ? null : new Jurisdiction(region),
                rs.getString("institution_code"),
                rs.getString("terminal_key_id"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                instant(rs.getTimestamp("locked_until")),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("last_sign_in_at")));
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Role> parseRoles(String text) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        Arrays.stream(text.split(",")).map(Role::valueOf).forEach(out::add);
        return out;
    }

    private static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
