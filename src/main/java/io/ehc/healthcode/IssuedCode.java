package io.ehc.healthcode;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A code as issued: its text, type (0 dynamic, 1 static, 9 temporary), and for dynamic codes its validity. */
public record IssuedCode(
        String text,
        String type,
        @Nullable Integer validSeconds,
        @Nullable Instant expiresAt,
        String issuer) {}
