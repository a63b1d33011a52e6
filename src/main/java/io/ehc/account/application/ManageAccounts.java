package io.ehc.account.application;

import io.ehc.account.domain.Jurisdiction;
import io.ehc.account.domain.PasswordHasher;
import io.ehc.account.domain.Role;
import io.ehc.account.domain.StaffAccount;
import io.ehc.account.domain.StaffAccounts;
import io.ehc.account.domain.Username;
import io.ehc.shared.error.Conflict;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import io.ehc.shared.region.Regions;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of staff accounts: open an account, list, disable and enable, reset a password (which also lifts a
 * lock). A regulator's region must be a GB/T 2260 region; the configured administrator's name cannot be taken.
 */
@Service
public class ManageAccounts {
    private static final Logger log = LoggerFactory.getLogger(ManageAccounts.class);

    /** What an administrator asks for when opening an account. */
    public record NewAccount(
            String username,
            String displayName,
            String password,
            List<String> roles,
            @Nullable String region,
            @Nullable String institutionCode,
            @Nullable String terminalKeyId) {}

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final Regions regions;
    private final Clock clock;
    private final String configuredAdmin;

    ManageAccounts(
            StaffAccounts accounts,
            PasswordHasher hasher,
            Regions regions,
            Clock clock,
            @Value("${ehc.admin.username:admin}") String configuredAdmin) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.regions = regions;
        this.clock = clock;
        this.configuredAdmin = configuredAdmin;
    }

    @Transactional
    public StaffAccount open(NewAccount n, String actor) {
        Username username = new Username(n.username());
        if (username.value().equalsIgnoreCase(configuredAdmin))
            throw new Conflict(ErrorCodes.USERNAME_TAKEN, "username: is already taken");
        if (n.roles().isEmpty()) throw InvalidInput.missing("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : n.roles()) roles.add(Role.parse(r));
        Jurisdiction region = null;
        if (n.region() != null && !n.region().isBlank()) {
            region = new Jurisdiction(n.region().strip());
            if (!regions.exists(region.code())) throw new InvalidInput("region", "is not a region of GB/T 2260");
        }
        StaffAccount account = StaffAccount.open(
                username,
                n.displayName(),
                n.password(),
                hasher::hash,
                roles,
                region,
                blankToNull(n.institutionCode()),
                blankToNull(n.terminalKeyId()),
                clock.instant());
        if (!accounts.add(account)) throw new Conflict(ErrorCodes.USERNAME_TAKEN, "username: is already taken");
        log.info("staff account {} opened with roles {} by {}", username, roles, actor);
        return account;
    }

    public List<StaffAccount> all() {
        return accounts.all();
    }

    public StaffAccount get(String username) {
        return Username.lenient(username).flatMap(accounts::find).orElseThrow(ManageAccounts::notFound);
    }

    @Transactional
    public StaffAccount disable(String username, String actor) {
        StaffAccount a = forUpdate(username);
        a.disable();
        accounts.save(a);
        log.info("staff account {} disabled by {}", a.username(), actor);
        return a;
    }

    @Transactional
    public StaffAccount enable(String username, String actor) {
        StaffAccount a = forUpdate(username);
        a.enable();
        accounts.save(a);
        log.info("staff account {} enabled by {}", a.username(), actor);
        return a;
    }

    @Transactional
    public StaffAccount resetPassword(String username, String password, String actor) {
        StaffAccount a = forUpdate(username);
        a.resetPassword(password, hasher::hash);
        accounts.save(a);
        log.info("password of staff account {} reset by {}", a.username(), actor);
        return a;
    }

    public boolean exists(String username) {
        return Username.lenient(username).flatMap(accounts::find).isPresent();
    }

    private StaffAccount forUpdate(String username) {
        return Username.lenient(username).flatMap(accounts::findForUpdate).orElseThrow(ManageAccounts::notFound);
    }

    private static NotFound notFound() {
        return new NotFound(ErrorCodes.ACCOUNT_NOT_FOUND, "no staff account with this username");
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
