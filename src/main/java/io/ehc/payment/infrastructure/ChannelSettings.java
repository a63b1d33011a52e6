package io.ehc.payment.infrastructure;

import io.ehc.payment.PayChannel;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each payment channel is and how long to wait for it: {@code ehc.payment.channels.<channel>.base-url} (blank
 * or {@code simulator}: the built-in simulator), {@code ehc.payment.timeout} (an answer not in time leaves the payment
 * UNKNOWN) and {@code ehc.payment.connect-timeout}.
 */
@ConfigurationProperties("ehc.payment")
record ChannelSettings(
        @Nullable Duration timeout,
        @Nullable Duration connectTimeout,
        @Nullable Channels channels) {
    record Channels(
            @Nullable Endpoint wechat,
            @Nullable Endpoint alipay,
            @Nullable Endpoint unionpay) {}

    record Endpoint(@Nullable String baseUrl) {}

    Duration readTimeout() {
        return timeout == null ? Duration.ofSeconds(2) : timeout;
    }

    Duration connect() {
        return connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
    }

    /** The configured base URL of a channel, or {@code simulator}. */
    String baseUrl(PayChannel channel) {
        Endpoint e = channels == null
                ? null
                : switch (channel) {
                    case WECHAT -> channels.wechat();
                    case ALIPAY -> channels.alipay();
                    case UNIONPAY -> channels.unionpay();
                };
        String url = e == null ? null : e.baseUrl();
        return url == null || url.isBlank() ? "simulator" : url.trim();
    }
}
