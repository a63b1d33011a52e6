package io.ehc.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.shared.error.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StaffAccountTest {
    static final Function<String, String> HASH = p -> "hash:" + p;
    static final LockoutPolicy FIVE_FOR_15_MINUTES = new LockoutPolicy(5, Duration.ofMinutes(15));
    static final Instant T0 = Instant.parse("2026-11-25T01:00:00Z");

    static StaffAccount aCityRegulator() {
        return StaffAccount.open(
                new Username("changsha.wjw"),
                "长沙市卫健委",
                "Correct-Horse-7",
                HASH,
                Set.of(Role.REGULATOR),
                new Jurisdiction("430100"),
                null,
                null,
                T0);
    }

    @Test
    void locksAfterTheFifthFailureInARowForFifteenMinutes() {
        StaffAccount a = aCityRegulator();
        for (int i = 1; i <= 4; i++) {
            a.recordFailure(T0.plusSeconds(i), FIVE_FOR_15_MINUTES);
            assertThat(a.maySignIn(T0.plusSeconds(i))).isTrue();
        }
        a.recordFailure(T0.plusSeconds(5), FIVE_FOR_15_MINUTES);
        assertThat(a.isLocked(T0.plusSeconds(6))).isTrue();
        assertThat(a.maySignIn(T0.plusSeconds(6))).isFalse();
        assertThat(a.lockedUntil()).isEqualTo(T0.plusSeconds(5).plus(Duration.ofMinutes(15)));
        assertThat(a.maySignIn(T0.plusSeconds(5).plus(Duration.ofMinutes(15)))).isTrue();
    }

    @Test
    void aSuccessResetsTheCountOfFailures() {
        StaffAccount a = aCityRegulator();
        for (int i = 0; i < 4; i++) a.recordFailure(T0, FIVE_FOR_15_MINUTES);
        a.recordSuccess(T0);
        for (int i = 0; i < 4; i++) a.recordFailure(T0, FIVE_FOR_15_MINUTES);
        assertThat(a.maySignIn(T0)).isTrue();
        assertThat(a.failedAttempts()).isEqualTo(4);
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLockAndALapsedLockStartsAFreshCount() {
        StaffAccount a = aCityRegulator();
        for (int i = 0; i < 5; i++) a.recordFailure(T0, FIVE_FOR_15_MINUTES);
        Instant until = a.lockedUntil();
        a.recordFailure(T0.plusSeconds(60), FIVE_FOR_15_MINUTES);
        assertThat(a.lockedUntil()).isEqualTo(until);
        Instant later = T0.plus(Duration.ofMinutes(16));
        a.recordFailure(later, FIVE_FOR_15_MINUTES);
        assertThat(a.maySignIn(later)).isTrue();
        assertThat(a.failedAttempts()).isEqualTo(1);
    }

    @Test
    void resettingThePasswordLiftsTheLock() {
        StaffAccount a = aCityRegulator();
        for (int i = 0; i < 5; i++) a.recordFailure(T0, FIVE_FOR_15_MINUTES);
        a.resetPassword("Another-Good-Pass-9", HASH);
        assertThat(a.maySignIn(T0)).isTrue();
        assertThat(a.passwordHash()).isEqualTo("hash:Another-Good-Pass-9");
    }

    @Test
    void aDisabledAccountMayNotSignIn() {
        StaffAccount a = aCityRegulator();
        a.disable();
        assertThat(a.maySignIn(T0)).isFalse();
        a.enable();
        assertThat(a.maySignIn(T0)).isTrue();
    }

    @Test
    void aRegulatorNeedsARegionAndOnlyRegulatorsHaveOne() {
        assertThatThrownBy(() -> StaffAccount.open(
                        new Username("nobody.wjw"),
                        "x",
                        "Correct-Horse-7",
                        HASH,
                        Set.of(Role.REGULATOR),
                        null,
                        null,
                        null,
                        T0))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("region");
        assertThatThrownBy(() -> StaffAccount.open(
                        new Username("clerk.one"),
                        "x",
                        "Correct-Horse-7",
                        HASH,
                        Set.of(Role.STAFF),
                        new Jurisdiction("430100"),
                        null,
                        null,
                        T0))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).code())
                .isEqualTo("6104");
    }

    @Test
    void refusesAWeakPasswordBeforeHashingIt() {
        assertThatThrownBy(() -> StaffAccount.open(
                        new Username("clerk.one"),
                        "x",
                        "short",
                        p -> {
                            throw new AssertionError("hashed a refused password");
                        },
                        Set.of(Role.STAFF),
                        null,
                        null,
                        null,
                        T0))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).code())
                .isEqualTo("6102");
    }
}
