package io.ehc.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

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
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        mac.update(in, 0, in.length);
        byte[] out = new byte[LENGTH];
        mac.doFinal(out, 0);
        return out;
    }

    public static byte[] hmac(byte[] key, String in) {
        return hmac(key, in.getBytes(StandardCharsets.UTF_8));
    }

    /** Compares in time independent of where the inputs first differ. */
    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
