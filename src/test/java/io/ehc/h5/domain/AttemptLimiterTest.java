package io.ehc.h5.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.shared.error.InvalidInput;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T00:00:00Z"));
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    final AttemptLimiter limiter = new AttemptLimiter(5, Duration.ofMinutes(15), clock);

    @Test
    void locksAKeyForFifteenMinutesAtTheFifthFailureAndOnlyThatKey() {
        for (int i = 0; i < 4; i++) assertThat(limiter.failed("13900000000")).isFalse();
        assertThat(limiter.isLocked("13900000000")).isFalse();
        assertThat(limiter.failed("13900000000")).isTrue();
        assertThat(limiter.isLocked("13900000000")).isTrue();
        assertThat(limiter.isLocked("13900000001")).isFalse();
        now.set(now.get().plus(Duration.ofMinutes(14)));
        assertThat(limiter.isLocked("13900000000")).isTrue();
        now.set(now.get().plus(Duration.ofMinutes(2)));
        assertThat(limiter.isLocked("13900000000")).isFalse();
    }

    @Test
    void aSuccessClearsEarlierFailures() {
        for (int i = 0; i < 4; i++) limiter.failed("k");
        limiter.succeeded("k");
        for (int i = 0; i < 4; i++) assertThat(limiter.failed("k")).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 4; i++) limiter.failed("k");
        now.set(now.get().plus(Duration.ofMinutes(16)));
        assertThat(limiter.failed("k")).isFalse();
    }

    @Test
    void refusesPasswordsThatAreShortOrLackALetterOrADigit() {
        assertThatThrownBy(() -> PasswordRules.check("password", "abc123")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PasswordRules.check("password", "abcdefghij")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PasswordRules.check("password", "1234567890")).isInstanceOf(InvalidInput.class);
        PasswordRules.check("password", "Health2026");
    }
}
