package io.ehc.account.domain;

import java.time.Duration;

/** After {@code maxFailures} failed sign-ins in a row an account is locked for {@code lockFor}; a success resets the count. */
public record LockoutPolicy(int maxFailures, Duration lockFor) {
    public LockoutPolicy {
        if (maxFailures < 1) throw new IllegalArgumentException("maxFailures must be at least 1");
        if (lockFor.isNegative() || lockFor.isZero()) throw new IllegalArgumentException("lockFor must be positive");
    }
}
