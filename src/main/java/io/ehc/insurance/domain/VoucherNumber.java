package io.ehc.insurance.domain;

import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;

/**
 * 医保电子凭证号: 28 digits, {@code 424} + 17 digits + 2 digits + the 2-digit province code + {@code 0000}
 * (DOMAIN.md §6). Shown by the resident's insurance app and valid for minutes; {@link #toString()} hides the 17
 * digits that identify it.
 */
public record VoucherNumber(String value) {
    public VoucherNumber {
        if (value == null || !value.matches("424[0-9]{21}0000"))
            throw new InvalidInput(ErrorCodes.VOUCHER_INVALID, "voucher", "not a medical insurance e-voucher");
    }

    /** The province (GB/T 2260, 2 digits) whose insurer decodes the voucher. */
    public String province() {
        return value.substring(22, 24);
    }

    @Override
    public String toString() {
        return "424" + "*".repeat(17) + value.substring(20);
    }
}
