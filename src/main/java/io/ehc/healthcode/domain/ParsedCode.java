package io.ehc.healthcode.domain;

import org.jspecify.annotations.Nullable;

/** The fields of a scanned health code, before any key is used. */
public sealed interface ParsedCode permits ParsedCode.Dynamic, ParsedCode.Static {
    String ehcId();

    @Nullable
    String issuer();

    /** {@code EHCID:0:EXPIRY} or {@code EHCID:0:EXPIRY::ISSUER}. */
    record Dynamic(
            String ehcId, String expiryBlock, @Nullable String issuer) implements ParsedCode {}

    /** {@code EHCID:1} / {@code EHCID:9}, or with this platform's generation tag {@code EHCID:1:TAG::ISSUER}. */
    record Static(
            String ehcId,
            String type,
            @Nullable String tag,
            @Nullable String issuer) implements ParsedCode {}
}
