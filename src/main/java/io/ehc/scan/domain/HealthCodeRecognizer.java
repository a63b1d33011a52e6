package io.ehc.scan.domain;

import org.jspecify.annotations.Nullable;

/**
 * The health card code (DOMAIN.md §4): 64 hex characters of the EHC ID, a colon and the type {@code 0} dynamic,
 * {@code 1} static or {@code 9} temporary, optionally followed by more fields. Lower-case hex is recognised too so that
 * the health-code service, not the router, says what is wrong with it.
 */
final class HealthCodeRecognizer implements Recognizer {
    private static final int MAX = 256;

    @Override
    public CodeKind kind() {
        return CodeKind.HEALTH_CODE;
    }

    @Override
    public @Nullable String recognise(String text, ScanContext context) {
        if (text.length() < 66 || text.length() > MAX || text.charAt(64) != ':') return null;
        for (int i = 0; i < 64; i++) if (Character.digit(text.charAt(i), 16) < 0) return null;
        if (text.length() > 66 && text.charAt(66) != ':') return null;
        return switch (text.charAt(65)) {
            case '0' -> "dynamic";
            case '1' -> "static";
            case '9' -> "temporary";
            default -> null;
        };
    }
}
