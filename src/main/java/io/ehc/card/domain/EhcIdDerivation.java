package io.ehc.card.domain;

import io.ehc.card.EhcId;
import io.ehc.shared.crypto.Hex;
import io.ehc.shared.crypto.Sm4;
import java.nio.charset.StandardCharsets;

/**
 * The national derivation of the EHC ID from the master index (DOMAIN.md §2):
 * D = XOR of the master index's 32 bytes in 8-byte groups; UK = SM4-ECB(rootKey, D ‖ NOT D);
 * EHC ID = hex(SM4-ECB(UK, ASCII(idType + idNumber) zero-padded to 16-byte blocks)).
 */
public final class EhcIdDerivation {
    private EhcIdDerivation() {}

    public static byte[] diversifier(String masterIndex) {
        byte[] mi = Hex.decode(masterIndex);
        byte[] d = new byte[8];
        for (int i = 0; i < mi.length; i++) d[i % 8] ^= mi[i];
        return d;
    }

    public static byte[] userKey(byte[] rootKey, String masterIndex) {
        byte[] d = diversifier(masterIndex);
        byte[] block = new byte[16];
        for (int i = 0; i < 8; i++) {
            block[i] = d[i];
            block[i + 8] = (byte) ~d[i];
        }
        return Sm4.encryptEcb(rootKey, block);
    }

    /**
     * Derives the 64-hex EHC ID. The national vector pads 20 bytes to 32; shorter documents are padded to the same
     * 32 bytes so every EHC ID has the national length. Documents of more than 32 characters do not exist in
     * CV02_01_101 formats and are refused.
     */
    public static EhcId derive(byte[] rootKey, String masterIndex, String idType, String idNumber) {
        byte[] ascii = (idType + idNumber).getBytes(StandardCharsets.US_ASCII);
        if (ascii.length > 32) throw new IllegalArgumentException("document longer than 32 characters");
        byte[] uk = userKey(rootKey, masterIndex);
        return new EhcId(Hex.encode(Sm4.encryptEcb(uk, java.util.Arrays.copyOf(ascii, 32))));
    }
}
