package io.ehc.certificate;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A decoded foreign health certificate. Holds personal data (name, birth date, the payload), so {@link #toString()}
 * leaves them out; never log the components one by one either.
 *
 * @param kind the format
 * @param issuer SMART Health Card: the {@code iss} URL; EU DCC: the issuing country (CWT claim 1)
 * @param keyId SMART Health Card: the JWS {@code kid}; EU DCC: standard base64 of the COSE {@code kid}; null when the
 *     certificate names no key
 * @param signature what the signature says, checked against the trust store
 * @param issuedAt SMART Health Card: {@code nbf}; EU DCC: claim 6 ({@code iat})
 * @param expiresAt SMART Health Card: {@code exp} (usually absent); EU DCC: claim 4 ({@code exp})
 * @param holderName given names then family name, as written in the certificate
 * @param holderBirthDate as written in the certificate ({@code YYYY-MM-DD}, or only the year or month)
 * @param summary human-readable lines, one per immunization, test, recovery or observation
 * @param claims the decoded payload as plain maps, lists, strings, numbers and booleans: the FHIR bundle of a SMART
 *     Health Card ({@code vc.credentialSubject.fhirBundle}), the {@code hcert} (claim -260/1) of an EU DCC; byte
 *     strings appear as standard base64
 * @param expired whether {@code expiresAt} had passed when the certificate was decoded
 */
public record DecodedCertificate(
        CertificateKind kind,
        String issuer,
        @Nullable String keyId,
        SignatureStatus signature,
        @Nullable Instant issuedAt,
        @Nullable Instant expiresAt,
        @Nullable String holderName,
        @Nullable String holderBirthDate,
        List<String> summary,
        Map<String, Object> claims,
        boolean expired) {
    public DecodedCertificate {
        summary = List.copyOf(summary);
        claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }

    /** Without {@code expired}: it is computed against the system clock now. */
    public DecodedCertificate(
            CertificateKind kind,
            String issuer,
            @Nullable String keyId,
            SignatureStatus signature,
            @Nullable Instant issuedAt,
            @Nullable Instant expiresAt,
            @Nullable String holderName,
            @Nullable String holderBirthDate,
            List<String> summary,
            Map<String, Object> claims) {
        this(
                kind,
                issuer,
                keyId,
                signature,
                issuedAt,
                expiresAt,
                holderName,
                holderBirthDate,
                summary,
                claims,
                expiresAt != null && Instant.now().isAfter(expiresAt));
    }

    /** Whether the signature was made by a trusted, unrevoked key of the issuer. */
    public boolean verified() {
        return signature == SignatureStatus.VERIFIED;
    }

    @Override
    public String toString() {
        return "DecodedCertificate[kind=" + kind + ", issuer=" + issuer + ", keyId=" + keyId + ", signature="
                + signature + ", issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + ", expired=" + expired
                + ", holder=(masked), entries=" + summary.size() + "]";
    }
}
