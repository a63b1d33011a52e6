package io.ehc.payment.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How unknown outcomes are settled: how often the reconciler runs, how old an unsettled payment must be before it
 * queries the channel, how long a payment the channel never saw waits before its order number is closed and the
 * payment failed (longer than a payment code stays valid), how long one settlement attempt holds its claim, and how
 * many payments one run examines.
 */
@ConfigurationProperties("ehc.payment.reconcile")
public record ReconcileSettings(Duration interval, Duration minAge, Duration grace, Duration lease, int batch) {
    public ReconcileSettings {
        if (interval == null) interval = Duration.ofSeconds(30);
        if (minAge == null) minAge = Duration.ofSeconds(10);
        if (grace == null) grace = Duration.ofMinutes(2);
        if (lease == null) lease = Duration.ofSeconds(30);
        if (batch < 1) batch = 100;
    }
}
