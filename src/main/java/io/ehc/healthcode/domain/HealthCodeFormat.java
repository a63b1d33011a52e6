package io.ehc.healthcode.domain;

import io.ehc.healthcode.CodeRefused;
import io.ehc.shared.crypto.Hex;
import io.ehc.shared.error.ErrorCodes;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The QR plaintexts of DOMAIN.md §4: static {@code EHCID:1}, temporary {@code EHCID:9}, dynamic
 * {@code EHCID:0:EXPIRY} and the field form {@code EHCID:0:EXPIRY::ISSUER}. Codes this platform issues always carry
 * the issuer; static ones add a generation tag in the third field ({@code EHCID:1:TAG::ISSUER}), which readers of the
 * national format skip. Hex fields are read in either case; scanned text is at most 256 characters.
 */
public final class HealthCodeFormat {
    public static final int MAX_LENGTH = 256;

    private HealthCodeFormat() {}

    public static String dynamic(String ehcId, String block, String issuer) {
        return ehcId + ":0:" + block + "::" + issuer;
    }

    public static String statik(String ehcId, String type, String tag, String issuer) {
        return ehcId + ":" + type + ":" + tag + "::" + issuer;
    }

    public static ParsedCode parse(String text) {
        if (text.length() > MAX_LENGTH) throw bad("the code is longer than 256 characters");
        String[] f = text.strip().split(":", -1);
        if (f.length < 2) throw bad("not a health card code");
        String ehcId = f[0].toUpperCase(Locale.ROOT);
        if (!Hex.isUpperHex(ehcId, 64)) throw bad("the EHC ID field is not 64 hex characters");
        String type = f[1];
        if (type.equals("0")) {
            if (f.length != 3 && f.length != 5) throw bad("a dynamic code has 3 or 5 fields");
            String block = f[2].toUpperCase(Locale.ROOT);
            if (!Hex.isUpperHex(block, 32)) throw bad("the EXPIRY field is not 32 hex characters");
            return new ParsedCode.Dynamic(ehcId, block, f.length == 5 ? issuer(f[3], f[4]) : null);
        }
        if (type.equals("1") || type.equals("9")) {
            if (f.length == 2) return new ParsedCode.Static(ehcId, type, null, null);
            if (f.length != 5) throw bad("a static code has 2 or 5 fields");
            String tag = f[2].toUpperCase(Locale.ROOT);
            if (!Hex.isUpperHex(tag, 32)) throw bad("the tag field is not 32 hex characters");
            return new ParsedCode.Static(ehcId, type, tag, issuer(f[3], f[4]));
        }
        throw bad("unknown code type " + (type.length() == 1 ? type : "?"));
    }

    private static @Nullable String issuer(String empty, String issuer) {
        if (!empty.isEmpty()) throw bad("the fourth field must be empty");
        if (!issuer.matches("[0-9]{11}")) throw bad("the issuer is not an 11-digit code");
        return issuer;
    }

    static CodeRefused bad(String why) {
        return new CodeRefused(ErrorCodes.BAD_CODE, 400, "bad_code", why);
    }
}
