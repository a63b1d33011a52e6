package io.ehc.simulator;

import java.util.Locale;
import java.util.Optional;

/**
 * The three simulated payment channels: the payment-code formats of DOMAIN.md §6 and each channel's own error codes
 * (WeChat Pay micropay {@code err_code}, Alipay {@code sub_code}, UnionPay ISO 8583 response codes), answered
 * beside the channel-neutral {@code result}.
 */
enum SimulatedChannel {
    WECHAT(18, 18, 10, 15, "4200", "TRADE_ERROR", "NOTENOUGH", "AUTH_CODE_INVALID", "SYSTEMERROR"),
    ALIPAY(
            16,
            24,
            25,
            30,
            "2088",
            "ACQ.PAYMENT_FAIL",
            "ACQ.BUYER_BALANCE_NOT_ENOUGH",
            "ACQ.PAYMENT_AUTH_CODE_INVALID",
            "ACQ.SYSTEM_ERROR"),
    UNIONPAY(19, 19, 62, 62, "6200", "05", "51", "14", "96");

    final int minLength;
    final int maxLength;
    final int minPrefix;
    final int maxPrefix;
    final String tradePrefix;
    final String declinedCode;
    final String insufficientCode;
    final String invalidCode;
    final String systemCode;

    SimulatedChannel(
            int minLength,
            int maxLength,
            int minPrefix,
            int maxPrefix,
            String tradePrefix,
            String declinedCode,
            String insufficientCode,
            String invalidCode,
            String systemCode) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.minPrefix = minPrefix;
        this.maxPrefix = maxPrefix;
        this.tradePrefix = tradePrefix;
        this.declinedCode = declinedCode;
        this.insufficientCode = insufficientCode;
        this.invalidCode = invalidCode;
        this.systemCode = systemCode;
    }

    boolean accepts(String code) {
        if (code.length() < minLength || code.length() > maxLength) return false;
        for (int i = 0; i < code.length(); i++) if (code.charAt(i) < '0' || code.charAt(i) > '9') return false;
        int prefix = Integer.parseInt(code.substring(0, 2));
        return prefix >= minPrefix && prefix <= maxPrefix;
    }

    String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<SimulatedChannel> ofPath(String segment) {
        for (SimulatedChannel c : values()) if (c.path().equals(segment)) return Optional.of(c);
        return Optional.empty();
    }
}
