package io.ehc.shared.privacy;

/** Masks personal data for responses and logs: enough to recognise, never enough to reuse. */
public final class Mask {
    private Mask() {}

    /** {@code 1101**********002X}: first and last four kept (ID numbers); shorter documents keep first and last two. */
    public static String document(String number) {
        if (number.length() >= 15)
            return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
        if (number.length() <= 4) return "*".repeat(number.length());
        return number.substring(0, 2) + "*".repeat(number.length() - 4) + number.substring(number.length() - 2);
    }

    /** {@code 张*} / {@code 欧阳**}: the first character kept. */
    public static String name(String name) {
        int[] cps = name.codePoints().toArray();
        if (cps.length <= 1) return "*";
        return new String(cps, 0, 1) + "*".repeat(cps.length - 1);
    }

    /** {@code 138****1234}. */
    public static String phone(String phone) {
        if (phone.length() < 7) return "*".repeat(phone.length());
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
