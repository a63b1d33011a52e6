package io.ehc.certificate.domain;

import io.ehc.certificate.CertificateKind;
import io.ehc.certificate.DecodedCertificate;
import io.ehc.certificate.SignatureStatus;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Decodes scanned foreign health certificates and checks their signatures against trusted keys. Input is bounded:
 * scanned text of more than {@value #MAX_SCANNED_CHARS} characters and payloads that inflate beyond
 * {@value #MAX_PAYLOAD_BYTES} bytes are refused. Anything that cannot be decoded is an {@link InvalidInput} with code
 * 3001 naming the layer that failed; a signature that does not verify is a {@link SignatureStatus}, not an error.
 */
public final class CertificateDecoder {
    public static final int MAX_SCANNED_CHARS = 8 * 1024;
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;
    /** The longest issuer and key ID the trust store holds. */
    public static final int MAX_ISSUER = 255;

    public static final int MAX_KEY_ID = 128;
    static final String FIELD = "certificate";

    /** The keys the platform trusts for an issuer: one key ID, or every key of the issuer when the ID is null. */
    @FunctionalInterface
    public interface TrustAnchors {
        List<PublicKey> keysFor(CertificateKind kind, String issuer, @Nullable String keyId);
    }

    private final TrustAnchors anchors;
    private final Clock clock;

    public CertificateDecoder(TrustAnchors anchors, Clock clock) {
        this.anchors = anchors;
        this.clock = clock;
    }

    public DecodedCertificate decode(String scanned) {
        if (scanned.length() > MAX_SCANNED_CHARS)
            throw undecodable("the scanned text is longer than 8 KiB and is refused");
        String text = scanned.strip();
        try {
            if (text.regionMatches(true, 0, SmartHealthCards.PREFIX, 0, SmartHealthCards.PREFIX.length()))
                return SmartHealthCards.decode(text.substring(SmartHealthCards.PREFIX.length()), this);
            if (text.startsWith(EuDccs.PREFIX)) return EuDccs.decode(text.substring(EuDccs.PREFIX.length()), this);
        } catch (IllegalArgumentException e) {
            throw undecodable(String.valueOf(e.getMessage()));
        }
        throw undecodable("not a SMART Health Card (shc:/) or an EU Digital COVID Certificate (HC1:)");
    }

    /**
     * VERIFIED when a trusted key verifies, INVALID_SIGNATURE when trusted keys exist but none does. Issuers and key
     * IDs longer than the trust store holds are never trusted and are not looked up (nor cached).
     */
    SignatureStatus check(CertificateKind kind, String issuer, @Nullable String keyId, Predicate<PublicKey> verifies) {
        if (issuer.length() > MAX_ISSUER || (keyId != null && keyId.length() > MAX_KEY_ID))
            return SignatureStatus.UNVERIFIED_ISSUER;
        List<PublicKey> keys = anchors.keysFor(kind, issuer, keyId);
        if (keys.isEmpty()) return SignatureStatus.UNVERIFIED_ISSUER;
        return keys.stream().anyMatch(verifies) ? SignatureStatus.VERIFIED : SignatureStatus.INVALID_SIGNATURE;
    }

    Instant now() {
        return clock.instant();
    }

    static InvalidInput undecodable(String why) {
        return new InvalidInput(ErrorCodes.BAD_CODE, FIELD, why);
    }
}
