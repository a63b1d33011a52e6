package io.ehc.healthcode.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Health code settings: validity of a dynamic code (returned with it), the clock-skew tolerance of the expiry check,
 * the number of successful verifications a dynamic code allows, whether static codes in the plain national form
 * (without this platform's generation tag) are accepted for never-reissued cards, and how long card states are
 * cached on the verification path.
 */
@ConfigurationProperties("ehc.code")
record CodeSettings(
        Duration dynamicValidity,
        Duration clockSkew,
        int maxVerifications,
        boolean acceptUntaggedStatic,
        Duration cardCacheTtl) {
    CodeSettings {
        if (dynamicValidity == null || dynamicValidity.isNegative() || dynamicValidity.isZero())
            throw new IllegalArgumentException("ehc.code.dynamic-validity must be positive");
        if (clockSkew == null) clockSkew = Duration.ofSeconds(30);
        if (maxVerifications < 1) throw new IllegalArgumentException("ehc.code.max-verifications must be at least 1");
        if (cardCacheTtl == null) cardCacheTtl = Duration.ofSeconds(5);
    }
}
