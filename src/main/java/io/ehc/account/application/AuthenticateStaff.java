package io.ehc.account.application;

import io.ehc.account.StaffPrincipal;
import io.ehc.account.domain.AttemptLimiter;
import io.ehc.account.domain.Jurisdiction;
import io.ehc.account.domain.LockoutPolicy;
import io.ehc.account.domain.PasswordHasher;
import io.ehc.account.domain.Role;
import io.ehc.account.domain.StaffAccount;
import io.ehc.account.domain.StaffAccounts;
import io.ehc.account.domain.Username;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a staff member in with username and password. Every refusal looks the same to the caller (unknown username,
 * wrong password, disabled or locked account), and costs one password hash either way, so that neither the answer
 * nor its time tells whether the username exists; only the per-client rate limit answers differently. Failed attempts
 * lock the account after {@code ehc.account.lockout.max-failures} in a row, for {@code ehc.account.lockout.lock-for}.
 */
@Service
public class AuthenticateStaff {
    private static final Logger log = LoggerFactory.getLogger(AuthenticateStaff.class);

    /** The result of an attempt. */
    public sealed interface Outcome permits SignedIn, Refused, Throttled {}

    public record SignedIn(StaffPrincipal principal) implements Outcome {}

    /** Unknown username, wrong password, disabled or locked: deliberately not told apart. */
    public record Refused() implements Outcome {}

    /** Too many attempts from this client in the current window. */
    public record Throttled() implements Outcome {}

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final LockoutPolicy lockout;
    private final AttemptLimiter perClient;
    private final String decoyHash;

    AuthenticateStaff(
            StaffAccounts accounts,
            PasswordHasher hasher,
            Clock clock,
            @Value("${ehc.account.lockout.max-failures:5}") int maxFailures,
            @Value("${ehc.account.lockout.lock-for:15m}") Duration lockFor,
            @Value("${ehc.account.sign-in.max-attempts-per-client:30}") int maxPerClient,
            @Value("${ehc.account.sign-in.client-window:5m}") Duration clientWindow) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
        this.lockout = new LockoutPolicy(maxFailures, lockFor);
        this.perClient = new AttemptLimiter(maxPerClient, clientWindow);
        this.decoyHash = hasher.hash("decoy password for unknown usernames " + Instant.now());
    }

    /** Whether the client (an IP address) may make another sign-in attempt now; counts the attempt. */
    public boolean allowAttempt(String client) {
        boolean allowed = perClient.tryAttempt(client, clock.instant());
        if (!allowed) log.warn("sign-in attempts from one client above the limit");
        return allowed;
    }

    /** Checks a decoy hash: the same work as a real check, for refusals that must not be faster. */
    public void spendAsMuchAsACheck(String password) {
        hasher.matches(password, decoyHash);
    }

    @Transactional
    public Outcome signIn(String typedUsername, String password, String client) {
        if (!allowAttempt(client)) return new Throttled();
        Instant now = clock.instant();
        Optional<StaffAccount> found = Username.lenient(typedUsername).flatMap(accounts::findForUpdate);
        if (found.isEmpty()) {
            spendAsMuchAsACheck(password);
            return new Refused();
        }
        StaffAccount account = found.get();
        if (!account.maySignIn(now)) {
            spendAsMuchAsACheck(password);
            log.info(
                    "sign-in of staff account {} refused: {}",
                    account.username(),
                    account.enabled() ? "locked" : "disabled");
            return new Refused();
        }
        if (!hasher.matches(password, account.passwordHash())) {
            account.recordFailure(now, lockout);
            accounts.save(account);
            if (account.isLocked(now))
                log.warn(
                        "staff account {} locked until {} after failed sign-ins",
                        account.username(),
                        account.lockedUntil());
            return new Refused();
        }
        account.recordSuccess(now);
        accounts.save(account);
        return new SignedIn(principal(account));
    }

    static StaffPrincipal principal(StaffAccount a) {
        Jurisdiction region = a.region();
        return new StaffPrincipal(
                a.username().value(),
                a.displayName(),
                a.roles().stream().map(Role::name).collect(Collectors.toSet()),
                region == null ? null : region.code(),
                a.institutionCode(),
                a.terminalKeyId());
    }
}
