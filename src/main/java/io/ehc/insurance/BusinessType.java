package io.ehc.insurance;

import java.util.Optional;

/** 医保电子凭证用码业务类型: what the e-voucher is used for (DOMAIN.md §6). */
public enum BusinessType {
    /** 门诊挂号. */
    OUTPATIENT_REGISTRATION("01101", "门诊挂号"),
    /** 住院建档. */
    INPATIENT_ADMISSION("01102", "住院建档"),
    /** 问诊. */
    CONSULTATION("01201", "问诊"),
    /** 预约检查. */
    EXAM_APPOINTMENT("01202", "预约检查"),
    /** 门诊结算. */
    OUTPATIENT_SETTLEMENT("01301", "门诊结算"),
    /** 取药. */
    MEDICATION_PICKUP("01302", "取药"),
    /** 药店购药. */
    PHARMACY_PURCHASE("02121", "药店购药");

    private final String code;
    private final String nameZh;

    BusinessType(String code, String nameZh) {
        this.code = code;
        this.nameZh = nameZh;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public static Optional<BusinessType> ofCode(String code) {
        for (BusinessType t : values()) if (t.code.equals(code)) return Optional.of(t);
        return Optional.empty();
    }
}
