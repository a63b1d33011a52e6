package io.ehc.shared.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/** SM4 (GB/T 32907) in the two modes the platform uses: ECB for the national formats, GCM for data at rest. */
public final class Sm4 {
    public static final int BLOCK = 16;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sm4() {}

    /** ECB over whole blocks; the input length must be a multiple of 16 (the national formats zero-pad first). */
    public static byte[] encryptEcb(byte[] key, byte[] plain) {
        return ecb(key, plain, true);
    }

    public static byte[] decryptEcb(byte[] key, byte[] cipher) {
        return ecb(key, cipher, false);
    }

    private static byte[] ecb(byte[] key, byte[] in, boolean encrypt) {
        if (in.length % BLOCK != 0) throw new IllegalArgumentException("SM4-ECB input must be whole blocks");
        SM4Engine engine = new SM4Engine();
        engine.init(encrypt, new KeyParameter(key));
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i += BLOCK) engine.processBlock(in, i, out, i);
        return out;
    }

    /** Zero-pads to a multiple of 16 bytes (at least one block), as DOMAIN.md §2 and §4 prescribe. */
    public static byte[] zeroPad(byte[] in) {
        int len = Math.max(BLOCK, (in.length + BLOCK - 1) / BLOCK * BLOCK);
        return Arrays.copyOf(in, len);
    }

    /** SM4-GCM: returns nonce ‖ ciphertext ‖ tag; {@code aad} binds the ciphertext to its context. */
    public static byte[] encryptGcm(byte[] key, byte[] plain, byte[] aad) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        GCMBlockCipher gcm = gcm(key, nonce, aad, true);
        byte[] out = new byte[NONCE + gcm.getOutputSize(plain.length)];
        System.arraycopy(nonce, 0, out, 0, NONCE);
        int n = gcm.processBytes(plain, 0, plain.length, out, NONCE);
        try {
            gcm.doFinal(out, NONCE + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Opens what {@link #encryptGcm} sealed; throws {@link CryptoFailure} when the tag does not match. */
    public static byte[] decryptGcm(byte[] key, byte[] sealed, byte[] aad) {
        if (sealed.length < NONCE + TAG_BITS / 8) throw new CryptoFailure("sealed value too short");
        GCMBlockCipher gcm = gcm(key, Arrays.copyOf(sealed, NONCE), aad, false);
        byte[] out = new byte[gcm.getOutputSize(sealed.length - NONCE)];
        int n = gcm.processBytes(sealed, NONCE, sealed.length - NONCE, out, 0);
        try {
            gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new CryptoFailure("authentication tag mismatch");
        }
        return out;
    }

    private static GCMBlockCipher gcm(byte[] key, byte[] nonce, byte[] aad, boolean encrypt) {
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, aad));
        return gcm;
    }
}
