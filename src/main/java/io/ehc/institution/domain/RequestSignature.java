package io.ehc.institution.domain;

import io.ehc.shared.crypto.Hex;
import io.ehc.shared.crypto.Sm3;
import java.nio.charset.StandardCharsets;

/**
 * The terminal request signature: HMAC-SM3 keyed with the terminal secret (its UTF-8 bytes) over
 * {@code METHOD \n PATH[?QUERY] \n TIMESTAMP \n NONCE \n hex(SM3(body))}, sent as upper-case hex in
 * {@code X-EHC-Signature}, with {@code X-EHC-Key}, {@code X-EHC-Timestamp} (Unix milliseconds) and {@code X-EHC-Nonce}.
 */
public final class RequestSignature {
    private RequestSignature() {}

    public static String canonical(String method, String pathAndQuery, String timestamp, String nonce, byte[] body) {
        return method + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n" + Hex.encode(Sm3.digest(body));
    }

    public static String sign(String secret, String canonical) {
        return Hex.encode(Sm3.hmac(secret.getBytes(StandardCharsets.UTF_8), canonical));
    }

    public static boolean matches(String secret, String canonical, String signature) {
        return matches(key(secret), canonical, signature);
    }

    /** The prepared HMAC key of a terminal secret; keep it with the terminal to check its requests. */
    public static Sm3.HmacKey key(String secret) {
        return new Sm3.HmacKey(secret.getBytes(StandardCharsets.UTF_8));
    }

    public static boolean matches(Sm3.HmacKey key, String canonical, String signature) {
        byte[] given;
        try {
            given = Hex.decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Sm3.constantTimeEquals(key.mac(canonical), given);
    }
}
