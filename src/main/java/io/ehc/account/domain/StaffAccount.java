package io.ehc.account.domain;

import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's account. A regulator has a region (管辖区域) and sees the figures of that region and below;
 * institution staff may be bound to an institution and one of its terminals (for the counter console). After
 * {@link LockoutPolicy#maxFailures()} failed sign-ins in a row the account is locked for a while; a disabled account
 * cannot sign in at all. Accounts are disabled, never deleted, so that the audit trail keeps its names.
 */
public final class StaffAccount {
    private final UUID id;
    private final Username username;
    private final String displayName;
    private String passwordHash;
    private final Set<Role> roles;
    private final @Nullable Jurisdiction region;
    private final @Nullable String institutionCode;
    private final @Nullable String terminalKeyId;
    private boolean enabled;
    private int failedAttempts;
    private @Nullable Instant lockedUntil;
    private final Instant createdAt;
    private @Nullable Instant lastSignInAt;

    public StaffAccount(
            UUID id,
            Username username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            @Nullable Jurisdiction region,
            @Nullable String institutionCode,
            @Nullable String terminalKeyId,
            boolean enabled,
            int failedAttempts,
            @Nullable Instant lockedUntil,
            Instant createdAt,
            @Nullable Instant lastSignInAt) {
        if (roles.isEmpty()) throw new InvalidInput("roles", "at least one role is required");
        String name = displayName.strip();
        if (name.isEmpty() || name.length() > 50) throw new InvalidInput("displayName", "1-50 characters");
        if (roles.contains(Role.REGULATOR) && region == null)
            throw new InvalidInput(ErrorCodes.ACCOUNT_ROLE_INVALID, "region", "a regulator needs a region");
        if (region != null && !roles.contains(Role.REGULATOR))
            throw new InvalidInput(ErrorCodes.ACCOUNT_ROLE_INVALID, "region", "only regulators have a region");
        if (institutionCode != null && !institutionCode.matches("[0-9A-Za-z]{1,30}"))
            throw new InvalidInput("institutionCode", "1-30 letters or digits");
        if (terminalKeyId != null && institutionCode == null)
            throw new InvalidInput(
                    ErrorCodes.ACCOUNT_ROLE_INVALID, "terminalKeyId", "a terminal binding needs an institution");
        if ((institutionCode != null) && !roles.contains(Role.STAFF))
            throw new InvalidInput(
                    ErrorCodes.ACCOUNT_ROLE_INVALID, "institutionCode", "only institution staff have an institution");
        this.id = id;
        this.username = username;
        this.displayName = name;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(EnumSet.copyOf(roles));
        this.region = region;
        this.institutionCode = institutionCode;
        this.terminalKeyId = terminalKeyId;
        this.enabled = enabled;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
        this.lastSignInAt = lastSignInAt;
    }

    /** A new, enabled account; the password is checked against {@link PasswordRules} before it is hashed. */
    public static StaffAccount open(
            Username username,
            String displayName,
            String password,
            java.util.function.Function<String, String> hasher,
            Set<Role> roles,
            @Nullable Jurisdiction region,
            @Nullable String institutionCode,
            @Nullable String terminalKeyId,
            Instant now) {
        PasswordRules.check(password, username);
        return new StaffAccount(
                UUID.randomUUID(),
                username,
                displayName,
                hasher.apply(password),
                roles,
                region,
                institutionCode,
                terminalKeyId,
                true,
                0,
                null,
                now,
                null);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether the account may try to sign in now (enabled and not locked). */
    public boolean maySignIn(Instant now) {
        return enabled && !isLocked(now);
    }

    /** Counts a failed sign-in; the failure that reaches the limit locks the account for the policy's time. */
    public void recordFailure(Instant now, LockoutPolicy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedAttempts = 0;
        }
        if (isLocked(now)) return;
        failedAttempts++;
        if (failedAttempts >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockFor());
            failedAttempts = 0;
        }
    }

    public void recordSuccess(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    /** A new password (checked against {@link PasswordRules}); also lifts a lock. */
    public void resetPassword(String password, java.util.function.Function<String, String> hasher) {
        PasswordRules.check(password, username);
        passwordHash = hasher.apply(password);
        failedAttempts = 0;
        lockedUntil = null;
    }

    public UUID id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles;
    }

    public @Nullable Jurisdiction region() {
        return region;
    }

    public @Nullable String institutionCode() {
        return institutionCode;
    }

    public @Nullable String terminalKeyId() {
        return terminalKeyId;
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant lastSignInAt() {
        return lastSignInAt;
    }
}
