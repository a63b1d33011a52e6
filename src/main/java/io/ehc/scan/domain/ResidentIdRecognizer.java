package io.ehc.scan.domain;

import io.ehc.identity.GbIdChecksum;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * 居民身份证号 (GB 11643): 17 digits and a check character (a digit or upper-case {@code X}) that agrees with them, a
 * province code that exists and a birth date that is a real day from 1900 on. Lower-case {@code x} is not accepted,
 * as in registration.
 */
final class ResidentIdRecognizer implements Recognizer {
    @Override
    public CodeKind kind() {
        return CodeKind.RESIDENT_ID;
    }

    @Override
    public @Nullable String recognise(String text, ScanContext context) {
        if (text.length() != 18 || !ScannedText.isDigits(text.substring(0, 17))) return null;
        char check = text.charAt(17);
        if (!(check >= '0' && check <= '9') && check != 'X') return null;
        if (GbIdChecksum.checkCharacter(text.substring(0, 17)) != check) return null;
        if (!Provinces.exists(text.substring(0, 2))) return null;
        int year = Integer.parseInt(text.substring(6, 10));
        if (year < 1900 || year > 2099) return null;
        try {
            LocalDate.of(year, Integer.parseInt(text.substring(10, 12)), Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
        return "";
    }
}
