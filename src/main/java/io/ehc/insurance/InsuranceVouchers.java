package io.ehc.insurance;

/** Medical insurance e-vouchers (医保电子凭证), decoded online by the insurer of the voucher's province. */
public interface InsuranceVouchers {
    /**
     * Decodes a scanned e-voucher for one use. {@code businessType}: a 5-digit code of DOMAIN.md §6 ({@link
     * BusinessType}); the insurer decides which it supports. Throws a {@code PlatformException}: 5051 (400) not an
     * e-voucher, 1002 (400) a malformed business type, 5052 (404) unknown voucher, 5053 (422) expired voucher, 5054
     * (422) business type not supported, 5055 (504) insurer timeout, 5056 (503) insurer unavailable.
     */
    DecodedVoucher decode(String voucher, String businessType, String institutionCode);
}
