package io.ehc.certificate.domain;

/**
 * The numeric mode of SMART Health Card QR codes: every character of the compact JWS (base64url and dots, code points
 * 45 '-' to 122 'z') is written as two digits, its code point minus 45. Strict: an odd number of digits, a non-digit
 * or a pair above 77 is refused with {@link IllegalArgumentException}.
 */
public final class ShcNumeric {
    private static final int OFFSET = 45;
    private static final int MAX = 'z' - OFFSET;

    private ShcNumeric() {}

    public static String decode(String digits) {
        if (digits.isEmpty()) throw new IllegalArgumentException("no digits follow shc:/");
        if (digits.length() % 2 != 0)
            throw new IllegalArgumentException("the numeric part has an odd number of digits");
        StringBuilder out = new StringBuilder(digits.length() / 2);
        for (int i = 0; i < digits.length(); i += 2) {
            char a = digits.charAt(i);
            char b = digits.charAt(i + 1);
            if (a < '0' || a > '9' || b < '0' || b > '9')
                throw new IllegalArgumentException(
                        "the numeric part has a character other than a digit near position " + i);
            int v = (a - '0') * 10 + (b - '0');
            if (v > MAX) throw new IllegalArgumentException("the digit pair at position " + i + " is above " + MAX);
            out.append((char) (v + OFFSET));
        }
        return out.toString();
    }

    public static String encode(String jws) {
        StringBuilder out = new StringBuilder(jws.length() * 2);
        for (int i = 0; i < jws.length(); i++) {
            int v = jws.charAt(i) - OFFSET;
            if (v < 0 || v > MAX) throw new IllegalArgumentException("character " + i + " cannot be encoded");
            if (v < 10) out.append('0');
            out.append(v);
        }
        return out.toString();
    }
}
