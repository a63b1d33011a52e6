package io.ehc.shared;

import io.ehc.shared.error.InvalidInput;

/** 用卡渠道 (DOMAIN.md §5): 0100 人工窗口, 0200 自助机, 0300 医生工作台, 0401 服务号, 0402 小程序. */
public enum Channel {
    COUNTER("0100"),
    KIOSK("0200"),
    DOCTOR_WORKSTATION("0300"),
    OFFICIAL_ACCOUNT("0401"),
    MINI_PROGRAM("0402");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Channel ofCode(String code) {
        for (Channel c : values()) if (c.code.equals(code)) return c;
        throw new InvalidInput("channel", "must be one of 0100, 0200, 0300, 0401, 0402");
    }
}
