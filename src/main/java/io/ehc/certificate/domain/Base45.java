package io.ehc.certificate.domain;

import java.io.ByteArrayOutputStream;

/**
 * Base45 (RFC 9285), the alphabet of QR alphanumeric mode used by the EU DCC: every two bytes become three characters
 * (c + 45·d + 45²·e), a final single byte two. Decoding is strict: characters outside the alphabet, a dangling single
 * character and triplets above 0xFFFF (or pairs above 0xFF) are refused with {@link IllegalArgumentException}.
 */
public final class Base45 {
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) VALUES[ALPHABET.charAt(i)] = i;
    }

    private Base45() {}

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length + 1) / 2 * 3);
        int i = 0;
        for (; i + 1 < data.length; i += 2) {
            int n = ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
            out.append(ALPHABET.charAt(n % 45))
                    .append(ALPHABET.charAt(n / 45 % 45))
                    .append(ALPHABET.charAt(n / 2025));
        }
        if (i < data.length) {
            int n = data[i] & 0xff;
            out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
        }
        return out.toString();
    }

    public static byte[] decode(String text) {
        if (text.length() % 3 == 1)
            throw new IllegalArgumentException("the base45 text has a dangling character (length " + text.length()
                    + " leaves a remainder of 1 when divided by 3)");
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 3 * 2 + 1);
        for (int i = 0; i < text.length(); i += 3) {
            int c = value(text, i);
            int d = value(text, i + 1);
            if (i + 2 < text.length()) {
                int n = c + d * 45 + value(text, i + 2) * 2025;
                if (n > 0xffff)
                    throw new IllegalArgumentException("the base45 triplet at position " + i + " exceeds 0xFFFF");
                out.write(n >> 8);
                out.write(n & 0xff);
            } else {
                int n = c + d * 45;
                if (n > 0xff)
                    throw new IllegalArgumentException("the final base45 pair at position " + i + " exceeds 0xFF");
                out.write(n);
            }
        }
        return out.toByteArray();
    }

    private static int value(String text, int at) {
        char ch = text.charAt(at);
        int v = ch < 128 ? VALUES[ch] : -1;
        if (v < 0)
            throw new IllegalArgumentException(
                    "the character at position " + at + " is not in the base45 alphabet (RFC 9285)");
        return v;
    }
}
