package io.ehc.certificate.domain;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

/**
 * Signature checks of JWS (RFC 7515/7518) and COSE (RFC 9053, RFC 8230): ES256 signatures are the raw 64-byte
 * R‖S form (IEEE P1363), PS256 is RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt. A key of the wrong type,
 * a malformed signature or an unknown algorithm does not verify; nothing here throws.
 */
final class Signatures {
    /** COSE algorithm identifiers (IANA COSE Algorithms registry). */
    static final long COSE_ES256 = -7;

    static final long COSE_PS256 = -37;

    private Signatures() {}

    static boolean es256(PublicKey key, byte[] signed, byte[] signature) {
        if (!(key instanceof ECPublicKey ec) || !Keys.isP256(ec) || signature.length != 64) return false;
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(key);
            verifier.update(signed);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    static boolean ps256(PublicKey key, byte[] signed, byte[] signature) {
        if (!(key instanceof RSAPublicKey)) return false;
        try {
            Signature verifier = Signature.getInstance("RSASSA-PSS");
            verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            verifier.initVerify(key);
            verifier.update(signed);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    static boolean cose(long algorithm, PublicKey key, byte[] signed, byte[] signature) {
        if (algorithm == COSE_ES256) return es256(key, signed, signature);
        if (algorithm == COSE_PS256) return ps256(key, signed, signature);
        return false;
    }
}
