package io.ehc.scan.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A kind known by its prefix, compared without regard to case because QR readers in alphanumeric mode may upper-case
 * it: {@code shc:/} for SMART Health Cards, {@code HC1:} for EU Digital COVID Certificates. Whether the rest decodes is
 * for the certificate service.
 */
final class PrefixRecognizer implements Recognizer {
    private final CodeKind kind;
    private final String prefix;

    PrefixRecognizer(CodeKind kind, String prefix) {
        this.kind = kind;
        this.prefix = prefix.toLowerCase(Locale.ROOT);
    }

    @Override
    public CodeKind kind() {
        return kind;
    }

    @Override
    public @Nullable String recognise(String text, ScanContext context) {
        return text.length() > prefix.length() && text.regionMatches(true, 0, prefix, 0, prefix.length()) ? "" : null;
    }
}
