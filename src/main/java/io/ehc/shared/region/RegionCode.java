package io.ehc.shared.region;

import io.ehc.shared.error.InvalidInput;

/** 行政区划代码: a six-digit GB/T 2260 code, province (2) + prefecture (2) + county (2). */
public record RegionCode(String value) {
    public RegionCode {
        if (value == null || !value.matches("[0-9]{6}"))
            throw new InvalidInput("region", "must be six digits (GB/T 2260)");
    }

    public String provinceCode() {
        return value.substring(0, 2) + "0000";
    }

    /** The prefecture-level code (XXYY00), the unit of "city" in usage figures. */
    public RegionCode prefecture() {
        return new RegionCode(value.substring(0, 4) + "00");
    }

    public boolean isProvince() {
        return value.endsWith("0000");
    }

    public boolean isPrefecture() {
        return !isProvince() && value.endsWith("00");
    }

    @Override
    public String toString() {
        return value;
    }
}
