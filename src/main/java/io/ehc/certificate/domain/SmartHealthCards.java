package io.ehc.certificate.domain;

import io.ehc.certificate.CertificateKind;
import io.ehc.certificate.DecodedCertificate;
import io.ehc.certificate.SignatureStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * SMART Health Cards (spec.smarthealth.cards, "Health Cards as QR codes"): {@code shc:/} then the numeric encoding of
 * a compact JWS whose header says {@code "alg":"ES256"} and {@code "zip":"DEF"} (raw DEFLATE, no zlib header) and
 * whose payload carries {@code iss}, {@code nbf} and {@code vc.credentialSubject.fhirBundle}. Codes split over several
 * QR codes ({@code shc:/1/2/...}) are refused: the reader must scan the single-code version.
 */
final class SmartHealthCards {
    static final String PREFIX = "shc:/";

    private SmartHealthCards() {}

    static DecodedCertificate decode(String numeric, CertificateDecoder decoder) {
        if (numeric.indexOf('/') >= 0)
            throw new IllegalArgumentException("multi-chunk SMART Health Cards (shc:/N/M/...) are not supported;"
                    + " scan a card that fits in one QR code");
        String jws = ShcNumeric.decode(numeric);
        String[] parts = jws.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty())
            throw new IllegalArgumentException("the SMART Health Card is not a compact JWS (header.payload.signature)");
        Map<String, Object> header = Json.object(base64url(parts[0], "the JWS header"), "the JWS header");
        String alg = header.get("alg") instanceof String a ? a : "";
        Object kidValue = header.get("kid");
        if (kidValue != null && !(kidValue instanceof String))
            throw new IllegalArgumentException("the JWS header's kid is not a string");
        String kid = (String) kidValue;
        Object zip = header.get("zip");
        byte[] payloadBytes = base64url(parts[1], "the JWS payload");
        if ("DEF".equals(zip)) payloadBytes = Inflation.raw(payloadBytes, CertificateDecoder.MAX_PAYLOAD_BYTES);
        else if (zip != null) throw new IllegalArgumentException("the JWS header's zip is not DEF");
        Map<String, Object> payload = Json.object(payloadBytes, "the JWS payload");
        if (!(payload.get("iss") instanceof String iss) || iss.isEmpty())
            throw new IllegalArgumentException("the JWS payload has no iss");
        Instant issuedAt = FhirBundles.epochSeconds(payload.get("nbf"), "nbf");
        Instant expiresAt = FhirBundles.epochSeconds(payload.get("exp"), "exp");
        Map<String, Object> bundle = FhirBundles.bundle(payload);

        byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        byte[] signature = signature(parts[2]);
        SignatureStatus status = decoder.check(
                CertificateKind.SMART_HEALTH_CARD,
                iss,
                kid,
                key -> "ES256".equals(alg) && Signatures.es256(key, signed, signature));
        FhirBundles.Holder holder = FhirBundles.holder(bundle);
        return new DecodedCertificate(
                CertificateKind.SMART_HEALTH_CARD,
                iss,
                kid,
                status,
                issuedAt,
                expiresAt,
                holder.name(),
                holder.birthDate(),
                FhirBundles.summary(bundle),
                Claims.immutableObject(bundle),
                expiresAt != null && decoder.now().isAfter(expiresAt));
    }

    private static byte[] base64url(String part, String what) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not base64url");
        }
    }

    /** An undecodable signature is a signature that does not verify, not an undecodable card. */
    private static byte[] signature(String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    static @Nullable String string(@Nullable Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
