package io.ehc.insurance.infrastructure;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the insurer's e-voucher service is ({@code ehc.insurance.base-url}; blank or {@code simulator}: the built-in
 * simulator) and how long to wait for it ({@code ehc.insurance.timeout}, {@code ehc.insurance.connect-timeout}).
 */
@ConfigurationProperties("ehc.insurance")
record InsurerSettings(
        @Nullable String baseUrl,
        @Nullable Duration timeout,
        @Nullable Duration connectTimeout) {
    String base() {
        return baseUrl == null || baseUrl.isBlank() ? "simulator" : baseUrl.trim();
    }

    Duration readTimeout() {
        return timeout == null ? Duration.ofSeconds(2) : timeout;
    }

    Duration connect() {
        return connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
    }
}
