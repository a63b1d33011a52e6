package io.ehc.institution;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** 终端: a device or system of an institution's department, with its signing key. */
public record Terminal(
        String keyId,
        String institutionCode,
        String departmentCode,
        String channel,
        String name,
        String status,
        Instant createdAt,
        @Nullable Instant revokedAt) {}
