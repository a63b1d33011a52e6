package io.ehc.shared.crypto;

import java.util.HexFormat;

/** Upper-case hex, the form every national EHC format uses. */
public final class Hex {
    private static final HexFormat UPPER = HexFormat.of().withUpperCase();

    private Hex() {}

    public static String encode(byte[] bytes) {
        return UPPER.formatHex(bytes);
    }

    /** Decodes hex of either case; throws {@link IllegalArgumentException} on anything else. */
    public static byte[] decode(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    public static boolean isUpperHex(String s, int length) {
        if (s.length() != length) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) return false;
        }
        return true;
    }
}
