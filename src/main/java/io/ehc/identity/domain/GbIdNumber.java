package io.ehc.identity.domain;

import io.ehc.shared.error.InvalidInput;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 公民身份号码 (GB 11643-1999): 6-digit region, birth date YYYYMMDD, 3-digit sequence (odd male, even female) and a
 * check character over weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; {@code X} is upper case only. The region keeps
 * the code of first issue, which may be retired, so only its province prefix is checked (by the caller).
 */
public record GbIdNumber(String value) {
    public GbIdNumber {
        String problem = problemWith(value);
        if (problem != null) throw new InvalidInput("documentNumber", problem);
    }

    /** Why the text is not a valid 18-character number, or null when it is. */
    public static String problemWith(String s) {
        if (s.length() == 15 && s.chars().allMatch(Character::isDigit))
            return "the 15-digit form was replaced in 2013; use the 18-character number";
        if (s.length() != 18) return "must be 18 characters (GB 11643)";
        for (int i = 0; i < 17; i++)
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return "the first 17 characters must be digits";
        char last = s.charAt(17);
        if (last == 'x') return "the check character X must be upper case";
        if (!((last >= '0' && last <= '9') || last == 'X')) return "the check character must be a digit or X";
        if (birthDateOf(s) == null) return "contains an impossible birth date";
        if (checkCharacter(s) != last) return "check character does not match (GB 11643)";
        return null;
    }

    public static boolean isValid(String s) {
        return problemWith(s) == null;
    }

    public static char checkCharacter(String first17) {
        return io.ehc.identity.GbIdChecksum.checkCharacter(first17);
    }

    private static LocalDate birthDateOf(String s) {
        try {
            LocalDate d = LocalDate.of(
                    Integer.parseInt(s.substring(6, 10)),
                    Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
            return d.getYear() < 1850 ? null : d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    public String regionCode() {
        return value.substring(0, 6);
    }

    @Override
    public String toString() {
        return io.ehc.shared.privacy.Mask.document(value);
    }
}
