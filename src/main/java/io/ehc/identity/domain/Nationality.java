package io.ehc.identity.domain;

import io.ehc.shared.error.InvalidInput;

/** 民族 (GB 3304): 01 汉族 … 56 基诺族, 97 其他, 98 外国血统中国籍人士, 99 未知. */
public record Nationality(String code) {
    public Nationality {
        if (code == null) throw InvalidInput.missing("nationality");
        boolean ok = code.matches("[0-9]{2}")
                && (Integer.parseInt(code) >= 1 && Integer.parseInt(code) <= 56 || code.compareTo("97") >= 0);
        if (!ok) throw new InvalidInput("nationality", "must be a GB 3304 code (01-56, 97, 98 or 99)");
    }
}
