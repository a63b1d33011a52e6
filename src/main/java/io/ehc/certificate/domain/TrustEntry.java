package io.ehc.certificate.domain;

import io.ehc.certificate.CertificateKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One key of the trust store: which issuer it signs for and how it came and went. Entries are never deleted, only
 * revoked (who and when are kept), so a decision made with a key can be traced later.
 *
 * @param id the store's identifier, null before it is stored
 * @param kind the certificate format the key signs
 * @param issuer SMART Health Card: the {@code iss} URL; EU DCC: the country code
 * @param keyId SMART Health Card: the JWK {@code kid}; EU DCC: base64 of the first 8 bytes of SHA-256(DSC)
 * @param keyAlgorithm {@code EC} or {@code RSA}
 * @param publicKey SubjectPublicKeyInfo (DER)
 * @param jwk SMART Health Card: the public JWK as uploaded (public members only)
 * @param certificate EU DCC: the document signer certificate (DER)
 * @param description EU DCC: the certificate's subject
 * @param validUntil EU DCC: the certificate's notAfter (shown, not enforced)
 */
public record TrustEntry(
        @Nullable Long id,
        CertificateKind kind,
        String issuer,
        String keyId,
        String keyAlgorithm,
        byte[] publicKey,
        @Nullable String jwk,
        byte @Nullable [] certificate,
        @Nullable String description,
        @Nullable Instant validUntil,
        Instant addedAt,
        String addedBy,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy) {
    public boolean active() {
        return revokedAt == null;
    }
}
