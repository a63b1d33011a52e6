package io.ehc.scan.domain;

import io.ehc.shared.error.InvalidInput;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * 扫码用途: why the terminal scanned. The purpose gives the default care step of a card use (DOMAIN.md §5), the
 * insurer's business type for an e-voucher (DOMAIN.md §6), and decides between a payment code and an identity code
 * when a text could be both.
 */
public enum ScanPurpose {
    /** Find out who the patient is (其他). */
    IDENTIFY("000000", "01201"),
    /** 挂号: registration, outpatient. */
    REGISTER("010101", "01101"),
    /** 诊断: consultation. */
    CONSULT("010102", "01201"),
    /** 检查: exam (appointment). */
    EXAM("010104", "01202"),
    /** 收费: payment or settlement. */
    PAY("010105", "01301"),
    /** 取药: medicine pickup. */
    PICK_UP_MEDICINE("010103", "01302"),
    /** 住院: admission. */
    ADMIT("010109", "01102");

    private final String careStep;
    private final String insuranceBusinessType;

    ScanPurpose(String careStep, String insuranceBusinessType) {
        this.careStep = careStep;
        this.insuranceBusinessType = insuranceBusinessType;
    }

    /** The care step recorded for a card use when the request names none. */
    public String careStep() {
        return careStep;
    }

    /** 医保用码业务类型 sent to the insurer with an e-voucher. */
    public String insuranceBusinessType() {
        return insuranceBusinessType;
    }

    public static ScanPurpose of(@Nullable String value) {
        if (value == null || value.isBlank()) throw InvalidInput.missing("purpose");
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(
                    "purpose", "must be one of identify, register, consult, exam, pay, pick_up_medicine, admit");
        }
    }
}
