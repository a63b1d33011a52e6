package io.ehc.scan.domain;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An institution's own patient card number (就诊卡号), recognised only at the institution that registered the pattern
 * of its numbers, and only for texts of at most {@value #MAX_LENGTH} characters (the pattern is the institution's; the
 * bound keeps its matching cheap).
 */
final class LegacyCardRecognizer implements Recognizer {
    static final int MAX_LENGTH = 64;

    @Override
    public CodeKind kind() {
        return CodeKind.LEGACY_PATIENT_CARD;
    }

    @Override
    public @Nullable String recognise(String text, ScanContext context) {
        Pattern pattern = context.legacyCardPattern();
        if (pattern == null || text.isEmpty() || text.length() > MAX_LENGTH) return null;
        return pattern.matcher(text).matches() ? "" : null;
    }
}
