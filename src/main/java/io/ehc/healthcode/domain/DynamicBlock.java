package io.ehc.healthcode.domain;

import io.ehc.shared.crypto.Hex;
import io.ehc.shared.crypto.Sm3;
import io.ehc.shared.crypto.Sm4;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * The EXPIRY block of a dynamic code: SM4-ECB(protectKey, 16 bytes). Bytes 0-6 are the 14 digits YYYYMMDDHHMMSS
 * read as 7 bytes (DOMAIN.md §4). Where the national format zero-pads, this platform writes the card generation
 * (bytes 7-8) and a 7-byte binding to the EHC ID (bytes 9-15), so that a block cannot be moved to another card and
 * codes issued before a reissue are recognised. Readers of the national format read bytes 0-6 as before.
 */
public final class DynamicBlock {
    /** What an opened block says. */
    public record Opened(LocalDateTime expiry, int generation) {}

    /**
     * A protect key prepared for opening many blocks: the key itself and the HMAC key of the EHC-ID binding, derived
     * from it once instead of for every block. {@link #toString()} never prints the material.
     */
    public static final class Key {
        private final byte[] protectKey;
        private final Sm3.HmacKey bindKey;

        public Key(byte[] protectKey) {
            this.protectKey = protectKey.clone();
            this.bindKey = bindKey(protectKey);
        }

        @Override
        public String toString() {
            return "DynamicBlock.Key";
        }
    }

    private DynamicBlock() {}

    public static String seal(byte[] protectKey, String ehcId, LocalDateTime expiry, int generation) {
        if (generation < 0 || generation > 0xFFFF) throw new IllegalArgumentException("generation out of range");
        byte[] plain = new byte[16];
        String digits = String.format(
                "%04d%02d%02d%02d%02d%02d",
                expiry.getYear(),
                expiry.getMonthValue(),
                expiry.getDayOfMonth(),
                expiry.getHour(),
                expiry.getMinute(),
                expiry.getSecond());
        byte[] bcd = Hex.decode(digits);
        System.arraycopy(bcd, 0, plain, 0, 7);
        plain[7] = (byte) (generation >>> 8);
        plain[8] = (byte) generation;
        System.arraycopy(binding(bindKey(protectKey), ehcId, plain), 0, plain, 9, 7);
        return Hex.encode(Sm4.encryptEcb(protectKey, plain));
    }

    /** Opens the block with one key; empty when the key is not the one or the block was altered or moved. */
    public static Optional<Opened> open(byte[] protectKey, String ehcId, String blockHex) {
        return open(new Key(protectKey), ehcId, blockHex);
    }

    /** The same with a prepared key, for opening many blocks with one key. */
    public static Optional<Opened> open(Key key, String ehcId, String blockHex) {
        byte[] plain = Sm4.decryptEcb(key.protectKey, Hex.decode(blockHex));
        byte[] expected = binding(key.bindKey, ehcId, plain);
        if (!Sm3.constantTimeEquals(Arrays.copyOfRange(plain, 9, 16), expected)) return Optional.empty();
        String digits = Hex.encode(Arrays.copyOf(plain, 7));
        if (!digits.chars().allMatch(Character::isDigit)) return Optional.empty();
        try {
            LocalDateTime expiry = LocalDateTime.of(
                    Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)), Integer.parseInt(digits.substring(8, 10)),
                    Integer.parseInt(digits.substring(10, 12)), Integer.parseInt(digits.substring(12, 14)));
            return Optional.of(new Opened(expiry, ((plain[7] & 0xFF) << 8) | (plain[8] & 0xFF)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Sm3.HmacKey bindKey(byte[] protectKey) {
        return new Sm3.HmacKey(Sm3.digest(concat(protectKey, "ehc-bind".getBytes(StandardCharsets.US_ASCII))));
    }

    private static byte[] binding(Sm3.HmacKey bindKey, String ehcId, byte[] plain) {
        byte[] msg = concat(ehcId.getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(plain, 9));
        return Arrays.copyOf(bindKey.mac(msg), 7);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
