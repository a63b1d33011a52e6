package io.ehc.scan.domain;

import org.jspecify.annotations.Nullable;

/**
 * 医保电子凭证 (DOMAIN.md §6): 28 digits, {@code 424} + 17 digits + 2 digits + a two-digit province code +
 * {@code 0000}. Only the insurer can tell whether it is valid; the shape routes it there.
 */
final class InsuranceVoucherRecognizer implements Recognizer {
    @Override
    public CodeKind kind() {
        return CodeKind.INSURANCE_VOUCHER;
    }

    @Override
    public @Nullable String recognise(String text, ScanContext context) {
        if (text.length() != 28 || !ScannedText.isDigits(text)) return null;
        if (!text.startsWith("424") || !text.endsWith("0000")) return null;
        return Provinces.exists(text.substring(22, 24)) ? "" : null;
    }
}
