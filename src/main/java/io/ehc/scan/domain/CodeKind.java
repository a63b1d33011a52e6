package io.ehc.scan.domain;

/**
 * 码的种类: what a scanned text is. Each kind names the service that owns it ({@link #service()}) and whether it
 * identifies a person or pays.
 */
public enum CodeKind {
    /** 电子健康卡二维码: static, dynamic or temporary-card code (DOMAIN.md §4). */
    HEALTH_CODE("healthcode", Role.IDENTITY),
    /** 医保电子凭证: 28 digits, decoded online by the insurer. */
    INSURANCE_VOUCHER("insurance", Role.IDENTITY),
    /** 居民身份证号: 18 characters with a valid GB 11643 check. */
    RESIDENT_ID("identity", Role.IDENTITY),
    /** An institution's own (legacy) patient card number, cross-referenced to an EHC ID per institution. */
    LEGACY_PATIENT_CARD("legacy-card", Role.IDENTITY),
    /** 微信付款码: 18 digits, prefix 10–15. */
    WECHAT_PAY("payment:wechat", Role.PAYMENT),
    /** 支付宝付款码: 16–24 digits, prefix 25–30. */
    ALIPAY("payment:alipay", Role.PAYMENT),
    /** 银联付款码: 19 digits, prefix 62. */
    UNIONPAY("payment:unionpay", Role.PAYMENT),
    /** SMART Health Card ({@code shc:/} + numeric JWS). */
    SMART_HEALTH_CARD("certificate", Role.CERTIFICATE),
    /** EU Digital COVID Certificate ({@code HC1:} + base45 of zlib'd COSE). */
    EU_DCC("certificate", Role.CERTIFICATE),
    /** Nothing the platform knows. */
    UNKNOWN("none", Role.NONE);

    /** What a kind is good for. */
    public enum Role {
        IDENTITY,
        PAYMENT,
        CERTIFICATE,
        NONE
    }

    private final String service;
    private final Role role;

    CodeKind(String service, Role role) {
        this.service = service;
        this.role = role;
    }

    /** The service the kind is routed to. */
    public String service() {
        return service;
    }

    public Role role() {
        return role;
    }

    public boolean isPayment() {
        return role == Role.PAYMENT;
    }

    public boolean identifiesAPerson() {
        return role == Role.IDENTITY;
    }
}
