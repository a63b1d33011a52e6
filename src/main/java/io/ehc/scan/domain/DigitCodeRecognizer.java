package io.ehc.scan.domain;

import org.jspecify.annotations.Nullable;

/**
 * A code of digits only with a length range and a range of two-digit prefixes (DOMAIN.md §6): the WeChat Pay code
 * (18 digits, prefix 10–15), the Alipay code (16–24 digits, prefix 25–30), the UnionPay code (19 digits, prefix 62).
 */
final class DigitCodeRecognizer implements Recognizer {
    private final CodeKind kind;
    private final int minLength;
    private final int maxLength;
    private final int minPrefix;
    private final int maxPrefix;

    DigitCodeRecognizer(CodeKind kind, int minLength, int maxLength, int minPrefix, int maxPrefix) {
        this.kind = kind;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.minPrefix = minPrefix;
        this.maxPrefix = maxPrefix;
    }

    @Override
    public CodeKind kind() {
        return kind;
    }

    @Override
    public @Nullable String recognise(String text, ScanContext context) {
        if (text.length() < minLength || text.length() > maxLength || !ScannedText.isDigits(text)) return null;
        int prefix = (text.charAt(0) - '0') * 10 + (text.charAt(1) - '0');
        return prefix >= minPrefix && prefix <= maxPrefix ? "" : null;
    }
}
