package io.ehc.certificate.domain;

import io.ehc.shared.error.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An issuer's public key as a JSON Web Key (RFC 7517/7518): EC on P-256 for ES256, the only key SMART Health Card
 * issuers publish. Private members ({@code d}) are refused, so a private key is never stored. Without a {@code kid}
 * the key is named by its RFC 7638 thumbprint, as the SMART Health Cards specification names keys.
 *
 * @param keyId the {@code kid}
 * @param key the public key
 * @param publicMembers the members kept: kty, crv, x, y, kid and, when given, use and alg
 */
public record Jwk(String keyId, ECPublicKey key, Map<String, String> publicMembers) {
    private static final Base64.Decoder B64URL = Base64.getUrlDecoder();
    private static final Base64.Encoder B64URL_OUT = Base64.getUrlEncoder().withoutPadding();

    public Jwk {
        publicMembers = Map.copyOf(publicMembers);
    }

    /** Validates an uploaded JWK; every refusal names {@code field} and the rule, never the value. */
    public static Jwk parse(Map<String, ?> jwk, String field) {
        if (jwk.containsKey("d") || jwk.containsKey("p") || jwk.containsKey("q"))
            throw new InvalidInput(field, "is a private key; upload the public key only");
        if (!"EC".equals(jwk.get("kty"))) throw new InvalidInput(field, "kty must be EC");
        if (!"P-256".equals(jwk.get("crv"))) throw new InvalidInput(field, "crv must be P-256");
        Object alg = jwk.get("alg");
        if (alg != null && !"ES256".equals(alg)) throw new InvalidInput(field, "alg must be ES256 when given");
        Object use = jwk.get("use");
        if (use != null && !"sig".equals(use)) throw new InvalidInput(field, "use must be sig when given");
        byte[] x = coordinate(jwk.get("x"), field + ".x");
        byte[] y = coordinate(jwk.get("y"), field + ".y");
        ECPublicKey key;
        try {
            key = Keys.p256(x, y);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "x and y are not a point of the P-256 curve");
        }
        Object kid = jwk.get("kid");
        if (kid != null && !(kid instanceof String s && s.matches("[\\x21-\\x7e]{1,128}")))
            throw new InvalidInput(field, "kid must be 1-128 visible ASCII characters");
        Map<String, String> members = new LinkedHashMap<>();
        members.put("kty", "EC");
        members.put("crv", "P-256");
        members.put("x", B64URL_OUT.encodeToString(x));
        members.put("y", B64URL_OUT.encodeToString(y));
        String keyId = kid == null ? thumbprint(key) : (String) kid;
        members.put("kid", keyId);
        if (use != null) members.put("use", "sig");
        if (alg != null) members.put("alg", "ES256");
        return new Jwk(keyId, key, members);
    }

    /** The JWK of a key, named by its thumbprint (for issuers and tests). */
    public static Jwk of(ECPublicKey key) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("kty", "EC");
        members.put("crv", "P-256");
        members.put("x", B64URL_OUT.encodeToString(Keys.unsigned(key.getW().getAffineX(), 32)));
        members.put("y", B64URL_OUT.encodeToString(Keys.unsigned(key.getW().getAffineY(), 32)));
        String kid = thumbprint(key);
        members.put("kid", kid);
        members.put("use", "sig");
        members.put("alg", "ES256");
        return new Jwk(kid, key, members);
    }

    /** RFC 7638 thumbprint: base64url SHA-256 of the required members in lexicographic order. */
    public static String thumbprint(ECPublicKey key) {
        String canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\""
                + B64URL_OUT.encodeToString(Keys.unsigned(key.getW().getAffineX(), 32)) + "\",\"y\":\""
                + B64URL_OUT.encodeToString(Keys.unsigned(key.getW().getAffineY(), 32)) + "\"}";
        try {
            return B64URL_OUT.encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public members as JSON, as stored. */
    public String json() {
        return Json.write(new java.util.TreeMap<>(publicMembers));
    }

    private static byte[] coordinate(Object value, String field) {
        if (!(value instanceof String s)) throw new InvalidInput(field, "is required (base64url)");
        byte[] raw;
        try {
            raw = B64URL.decode(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "is not base64url");
        }
        if (raw.length != 32) throw new InvalidInput(field, "must be 32 bytes (P-256)");
        return raw;
    }
}
