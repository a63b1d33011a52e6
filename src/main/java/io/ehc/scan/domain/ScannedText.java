package io.ehc.scan.domain;

/**
 * 扫码内容的规范化: what scanners and keyboards add is taken away before recognition. Full-width ASCII forms
 * (U+FF01–U+FF5E, e.g. full-width digits typed with a Chinese input method) become ASCII; white space (including the
 * ideographic space U+3000), control characters, zero-width characters and the byte-order mark are trimmed from
 * both ends. Inner characters are kept: the base45 alphabet of EU certificates contains the space.
 */
public final class ScannedText {
    /** The longest text the scan entry accepts (a SMART Health Card QR code holds at most about 1,200 digits). */
    public static final int MAX_LENGTH = 8192;

    private ScannedText() {}

    public static String normalise(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            out.append(c);
        }
        int start = 0;
        int end = out.length();
        while (start < end && isPadding(out.charAt(start))) start++;
        while (end > start && isPadding(out.charAt(end - 1))) end--;
        return out.substring(start, end);
    }

    private static boolean isPadding(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.isISOControl(c)
                || c == '\u200B'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u2060'
                || c == '\uFEFF';
    }

    /** Only ASCII digits, at least one. */
    static boolean isDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }
}
