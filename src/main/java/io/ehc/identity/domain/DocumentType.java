package io.ehc.identity.domain;

import io.ehc.shared.error.InvalidInput;
import java.util.regex.Pattern;

/** 证件类型 (CV02_01_101) with the number format each type accepts. */
public enum DocumentType {
    RESIDENT_ID_CARD("01", null),
    HOUSEHOLD_REGISTER("02", null),
    PASSPORT("03", "[A-Z0-9]{5,17}"),
    MILITARY_OFFICER("04", "[A-Z0-9\\u4e00-\\u9fa5-]{4,30}"),
    DRIVING_LICENCE("05", "[A-Z0-9]{8,20}"),
    HONG_KONG_MACAO_PERMIT("06", "[HM][0-9]{8,10}"),
    TAIWAN_PERMIT("07", "[0-9]{8}|[A-Z0-9]{8,10}"),
    BIRTH_CERTIFICATE("08", "[A-Z][0-9]{9}"),
    OTHER("99", "[A-Z0-9-]{4,30}");

    private final String code;
    private final Pattern format;

    DocumentType(String code, String format) {
        this.code = code;
        this.format = format == null ? null : Pattern.compile(format);
    }

    public String code() {
        return code;
    }

    public static DocumentType ofCode(String code) {
        for (DocumentType t : values()) if (t.code.equals(code)) return t;
        throw new InvalidInput("documentType", "must be a CV02_01_101 code (01-08 or 99)");
    }

    /** Whether numbers of this type are GB 11643 resident ID numbers (identity card and household register). */
    public boolean carriesGbIdNumber() {
        return format == null;
    }

    /** Validates (and, for non-GB types, upper-cases) a number of this type. */
    public String normalise(String number) {
        String n = number.strip();
        if (n.isEmpty()) throw InvalidInput.missing("documentNumber");
        if (carriesGbIdNumber()) return new GbIdNumber(n).value();
        n = n.toUpperCase(java.util.Locale.ROOT);
        if (!format.matcher(n).matches())
            throw new InvalidInput("documentNumber", "is not a valid number for document type " + code);
        return n;
    }
}
