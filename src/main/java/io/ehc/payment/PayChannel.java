package io.ehc.payment;

import java.util.Optional;

/**
 * 支付渠道: a payment channel and the format of its payment codes (付款码, DOMAIN.md §6). The formats do not overlap,
 * so a scanned code names its channel.
 */
public enum PayChannel {
    /** WeChat Pay: 18 digits, prefix 10-15. */
    WECHAT(18, 18, 10, 15),
    /** Alipay: 16-24 digits, prefix 25-30. */
    ALIPAY(16, 24, 25, 30),
    /** UnionPay: 19 digits, prefix 62. */
    UNIONPAY(19, 19, 62, 62);

    private final int minLength;
    private final int maxLength;
    private final int minPrefix;
    private final int maxPrefix;

    PayChannel(int minLength, int maxLength, int minPrefix, int maxPrefix) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.minPrefix = minPrefix;
        this.maxPrefix = maxPrefix;
    }

    /** Whether the text has the form of this channel's payment codes. */
    public boolean accepts(String paymentCode) {
        int n = paymentCode.length();
        if (n < minLength || n > maxLength) return false;
        for (int i = 0; i < n; i++) if (paymentCode.charAt(i) < '0' || paymentCode.charAt(i) > '9') return false;
        int prefix = (paymentCode.charAt(0) - '0') * 10 + (paymentCode.charAt(1) - '0');
        return prefix >= minPrefix && prefix <= maxPrefix;
    }

    /** The channel whose payment-code format the text has, if any. */
    public static Optional<PayChannel> recognise(String paymentCode) {
        for (PayChannel c : values()) if (c.accepts(paymentCode)) return Optional.of(c);
        return Optional.empty();
    }
}
