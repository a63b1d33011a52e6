package io.ehc.scan.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * 扫码审计记录: one scan at the multi-code entry: terminal, purpose, kind, where it was routed and the outcome
 * ({@code OK} or the problem code). Holds no secret: not the scanned text, no payment code, no token. The resident and
 * card are set when an identity-bearing code named them.
 */
public record ScanRecord(
        UUID scanId,
        Instant scannedAt,
        String terminalId,
        String institutionCode,
        ScanPurpose purpose,
        CodeKind kind,
        @Nullable String variant,
        String outcome,
        @Nullable String masterIndex,
        @Nullable String ehcId,
        @Nullable String reference) {
    public static final String OK = "OK";

    public String routedTo() {
        return kind.service();
    }
}
