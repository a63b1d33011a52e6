package io.ehc.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Seals personal data and secrets at rest with SM4-GCM. A sealed value is {@code version ‖ nonce ‖ ciphertext ‖
 * tag}; the column name is bound as associated data so a value cannot be moved to another column unnoticed.
 */
public final class FieldCipher {
    private final KeyRing keys;

    public FieldCipher(KeyRing keys) {
        this.keys = keys;
    }

    public byte[] seal(String column, String plain) {
        VersionedKey key = keys.current(KeyPurpose.DATA);
        byte[] body = Sm4.encryptGcm(key.material(), plain.getBytes(StandardCharsets.UTF_8), aad(column));
        byte[] out = new byte[body.length + 1];
        out[0] = (byte) key.version();
        System.arraycopy(body, 0, out, 1, body.length);
        return out;
    }

    public String open(String column, byte[] sealed) {
        if (sealed.length < 1) throw new CryptoFailure("empty sealed value");
        VersionedKey key = keys.version(KeyPurpose.DATA, sealed[0] & 0xFF)
                .orElseThrow(() -> new CryptoFailure("unknown data key version"));
        byte[] plain = Sm4.decryptGcm(key.material(), Arrays.copyOfRange(sealed, 1, sealed.length), aad(column));
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** HMAC-SM3 blind index of a normalised value, for equality look-ups on sealed columns. */
    public byte[] blindIndex(String column, String normalised) {
        return Sm3.hmac(keys.current(KeyPurpose.BLIND).material(), column + "\u0000" + normalised);
    }

    private static byte[] aad(String column) {
        return column.getBytes(StandardCharsets.US_ASCII);
    }
}
