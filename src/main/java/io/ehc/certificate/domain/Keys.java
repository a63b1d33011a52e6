package io.ehc.certificate.domain;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;

/** Public keys of the trust store: EC P-256 (ES256) and RSA of at least 2048 bits (PS256, EU DCC only). */
public final class Keys {
    static final ECParameterSpec P256;

    static {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            P256 = parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no P-256 curve", e);
        }
    }

    private Keys() {}

    /** A P-256 public key from its affine coordinates; the point must lie on the curve. */
    static ECPublicKey p256(byte[] x, byte[] y) {
        BigInteger px = new BigInteger(1, x);
        BigInteger py = new BigInteger(1, y);
        BigInteger p = ((ECFieldFp) P256.getCurve().getField()).getP();
        if (px.compareTo(p) >= 0 || py.compareTo(p) >= 0) throw new IllegalArgumentException("not a P-256 point");
        BigInteger lhs = py.multiply(py).mod(p);
        BigInteger rhs = px.pow(3)
                .add(P256.getCurve().getA().multiply(px))
                .add(P256.getCurve().getB())
                .mod(p);
        if (!lhs.equals(rhs)) throw new IllegalArgumentException("the point is not on the P-256 curve");
        try {
            return (ECPublicKey)
                    KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(px, py), P256));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 public key");
        }
    }

    /** Whether the key is one the trust store accepts. */
    public static boolean acceptable(PublicKey key) {
        if (key instanceof ECPublicKey ec) return isP256(ec);
        if (key instanceof RSAPublicKey rsa) return rsa.getModulus().bitLength() >= 2048;
        return false;
    }

    static boolean isP256(ECPublicKey key) {
        ECParameterSpec spec = key.getParams();
        return spec.getOrder().equals(P256.getOrder())
                && spec.getCurve().equals(P256.getCurve())
                && spec.getGenerator().equals(P256.getGenerator());
    }

    /** A SubjectPublicKeyInfo (DER) of algorithm {@code EC} or {@code RSA}. */
    public static PublicKey fromSpki(String algorithm, byte[] der) {
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid " + algorithm + " public key");
        }
    }

    /** Fixed-length big-endian bytes of a coordinate. */
    static byte[] unsigned(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }
}
