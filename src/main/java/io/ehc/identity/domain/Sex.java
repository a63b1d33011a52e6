package io.ehc.identity.domain;

import io.ehc.shared.error.InvalidInput;

/** 性别 (GB/T 2261.1): 0 未知, 1 男, 2 女, 9 未说明. */
public enum Sex {
    UNKNOWN("0"),
    MALE("1"),
    FEMALE("2"),
    UNSTATED("9");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Sex ofCode(String code) {
        for (Sex s : values()) if (s.code.equals(code)) return s;
        throw new InvalidInput("sex", "must be 0, 1, 2 or 9 (GB/T 2261.1)");
    }
}
