package io.ehc.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {
    static final Instant T0 = Instant.parse("2026-11-25T01:00:00Z");

    @Test
    void refusesTheAttemptsOfAClientAboveTheLimitUntilTheWindowHasPassed() {
        AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(5));
        assertThat(limiter.tryAttempt("10.0.0.1", T0)).isTrue();
        assertThat(limiter.tryAttempt("10.0.0.1", T0.plusSeconds(1))).isTrue();
        assertThat(limiter.tryAttempt("10.0.0.1", T0.plusSeconds(2))).isTrue();
        assertThat(limiter.tryAttempt("10.0.0.1", T0.plusSeconds(3))).isFalse();
        assertThat(limiter.tryAttempt("10.0.0.2", T0.plusSeconds(3)))
                .as("another client")
                .isTrue();
        assertThat(limiter.tryAttempt("10.0.0.1", T0.plus(Duration.ofMinutes(5))))
                .isTrue();
    }
}
