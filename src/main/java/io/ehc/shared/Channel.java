package io.ehc.shared;

import io.ehc.shared.error.InvalidInput;

/** 用卡渠道 (DOMAIN.md §5): 0100 人工窗口, 0200 自助机, 0300 医生工作台, 0401 服务号, 0402 小程序. */
public enum Channel {
    COUNTER("0100", "人工窗口"),
    KIOSK("0200", "自助机"),
    DOCTOR_WORKSTATION("0300", "医生工作台"),
    OFFICIAL_ACCOUNT("0401", "服务号"),
    MINI_PROGRAM("0402", "小程序");

    private final String code;
    private final String nameZh;

    Channel(String code, String nameZh) {
        this.code = code;
        this.nameZh = nameZh;
    }

    public String code() {
        return code;
    }

    /** The name of DOMAIN.md §5. */
    public String nameZh() {
        return nameZh;
    }

    public static Channel ofCode(String code) {
        for (Channel c : values()) if (c.code.equals(code)) return c;
        throw new InvalidInput("channel", "must be one of 0100, 0200, 0300, 0401, 0402");
    }
}
