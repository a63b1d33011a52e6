package io.ehc.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905) digests and HMAC-SM3. */
public final class Sm3 {
    public static final int LENGTH = 32;

    private Sm3() {}

    public static byte[] digest(byte[] in) {
        SM3Digest d = new SM3Digest();
        d.update(in, 0, in.length);
        byte[] out = new byte[LENGTH];
        d.doFinal(out, 0);
        return out;
    }

    public static byte[] hmac(byte[] key, byte[] in) {
        return new HmacKey(key).mac(in);
    }

    public static byte[] hmac(byte[] key, String in) {
        return hmac(key, in.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An HMAC-SM3 key prepared once: its inner and outer padded blocks are already hashed, so each MAC costs two
     * compressions fewer than {@link #hmac(byte[], byte[])} and no key set-up. Keep one per key where the same key
     * signs or checks many messages. Thread-safe: the prepared states are copied, never changed.
     */
    public static final class HmacKey {
        private static final int BLOCK = 64;
        private final SM3Digest inner;
        private final SM3Digest outer;

        public HmacKey(byte[] key) {
            byte[] k = key.length > BLOCK ? digest(key) : key;
            byte[] ipad = new byte[BLOCK];
            byte[] opad = new byte[BLOCK];
            System.arraycopy(k, 0, ipad, 0, k.length);
            System.arraycopy(k, 0, opad, 0, k.length);
            for (int i = 0; i < BLOCK; i++) {
                ipad[i] ^= 0x36;
                opad[i] ^= 0x5c;
            }
            inner = new SM3Digest();
            inner.update(ipad, 0, BLOCK);
            outer = new SM3Digest();
            outer.update(opad, 0, BLOCK);
            Arrays.fill(ipad, (byte) 0);
            Arrays.fill(opad, (byte) 0);
        }

        public byte[] mac(byte[] in) {
            SM3Digest d = new SM3Digest(inner);
            d.update(in, 0, in.length);
            byte[] out = new byte[LENGTH];
            d.doFinal(out, 0);
            SM3Digest o = new SM3Digest(outer);
            o.update(out, 0, LENGTH);
            o.doFinal(out, 0);
            return out;
        }

        public byte[] mac(String in) {
            return mac(in.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "HmacKey[SM3]";
        }
    }

    /** Compares in time independent of where the inputs first differ. */
    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
