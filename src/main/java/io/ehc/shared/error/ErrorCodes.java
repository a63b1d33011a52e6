package io.ehc.shared.error;

/**
 * The stable {@code code} values of problem responses. Four-digit codes below 8000 follow the provincial result
 * codes of DOMAIN.md §4 where one fits; the others are this platform's own and never change meaning.
 */
public final class ErrorCodes {
    /** 参数为空: a required parameter is missing or empty (provincial 1001). */
    public static final String EMPTY_PARAMETER = "1001";
    /** A parameter is present but not valid. */
    public static final String INVALID_PARAMETER = "1002";
    /** The body is not well-formed JSON or not valid UTF-8. */
    public static final String MALFORMED_BODY = "1003";
    /** The body is larger than the platform accepts. */
    public static final String BODY_TOO_LARGE = "1004";
    /** Unknown caller or wrong credentials or signature (provincial 1005). */
    public static final String BAD_CREDENTIALS = "1005";
    /** The caller is known but may not do this. */
    public static final String FORBIDDEN = "1006";
    /** A signed request whose timestamp is outside the accepted window. */
    public static final String STALE_REQUEST = "1007";
    /** A signed request whose nonce was already used. */
    public static final String REPLAYED_REQUEST = "1008";
    /** A terminal request without the signature headers. */
    public static final String UNSIGNED_REQUEST = "1009";

    public static final String NOT_FOUND = "1404";
    public static final String METHOD_NOT_ALLOWED = "1405";
    public static final String UNSUPPORTED_MEDIA_TYPE = "1415";
    /** 卡已注销 (provincial 2001). */
    public static final String CARD_CANCELLED = "2001";

    public static final String CARD_LOST = "2002";
    public static final String CARD_FROZEN = "2003";
    public static final String CARD_PENDING_REVIEW = "2004";
    public static final String CARD_MERGED = "2005";
    /** A card operation not allowed in the card's current state. */
    public static final String CARD_STATE_CONFLICT = "2006";
    /** 未注册: no resident or card with that identity (provincial 2008). */
    public static final String NOT_REGISTERED = "2008";
    /** 二维码错误: not a health code of a known format (provincial 3001). */
    public static final String BAD_CODE = "3001";
    /** 身份不一致: the code's type does not match the card (provincial 3003). */
    public static final String IDENTITY_MISMATCH = "3003";
    /** 二维码过期 (provincial 3004). */
    public static final String CODE_EXPIRED = "3004";
    /** The code was issued before the card's last reissue. */
    public static final String CODE_SUPERSEDED = "3005";
    /** The dynamic code reached its limit of successful verifications. */
    public static final String CODE_USE_LIMIT = "3006";
    /** The code was issued by another platform node. */
    public static final String FOREIGN_ISSUER = "3007";
    /** The scanned text is of no kind the scan entry recognises. */
    public static final String UNRECOGNISED_CODE = "3101";
    /** The scanned code is of a kind that cannot serve the purpose of the scan (a payment code to identify). */
    public static final String KIND_NOT_FOR_PURPOSE = "3102";
    /** 解密错误: the code does not decrypt to a valid block (provincial 6001). */
    public static final String DECRYPT_ERROR = "6001";
    /** 已注册 (provincial 6009). */
    public static final String ALREADY_REGISTERED = "6009";
    /** 主卡状态非正常: the owner's card is not active (provincial 7003). */
    public static final String OWNER_CARD_NOT_ACTIVE = "7003";
    // Payments (5001-5049) and medical insurance e-vouchers (5051-5099): DOMAIN.md §6.

    /** Not a payment code of the channel (WeChat 18 digits 10-15…, Alipay 16-24 digits 25-30…, UnionPay 19 digits 62…). */
    public static final String PAYMENT_CODE_INVALID = "5001";
    /** An idempotency key already used by this institution for a different payment (channel, code or amount). */
    public static final String PAYMENT_KEY_REUSED = "5002";
    /** No payment with this ID for the calling institution. */
    public static final String PAYMENT_NOT_FOUND = "5003";
    /** The payment is not in a state that can be refunded (not succeeded, outcome unknown, or fully refunded). */
    public static final String PAYMENT_NOT_REFUNDABLE = "5004";
    /** The refund is larger than what remains of the payment after earlier and pending refunds. */
    public static final String REFUND_EXCEEDS_PAYMENT = "5005";
    /** A refund key already used on this payment for a different amount. */
    public static final String REFUND_KEY_REUSED = "5006";
    /** The payment channel refused the refund. */
    public static final String REFUND_REFUSED = "5007";
    /** The payment channel did not answer in time; the outcome is unknown and will be reconciled (retry with the same key). */
    public static final String PAYMENT_CHANNEL_TIMEOUT = "5008";
    /** The payment channel is unavailable or answered with an error. */
    public static final String PAYMENT_CHANNEL_UNAVAILABLE = "5009";
    /** Not a medical insurance e-voucher (28 digits: 424 … province code 0000). */
    public static final String VOUCHER_INVALID = "5051";
    /** The insurer does not know this e-voucher. */
    public static final String VOUCHER_UNKNOWN = "5052";
    /** The e-voucher is past its validity; the resident shows a fresh one. */
    public static final String VOUCHER_EXPIRED = "5053";
    /** The insurer does not support this code-use business type (DOMAIN.md §6: 01101 … 02121). */
    public static final String BUSINESS_TYPE_UNSUPPORTED = "5054";
    /** The insurer did not answer in time. */
    public static final String INSURER_TIMEOUT = "5055";
    /** The insurer is unavailable or answered with an error. */
    public static final String INSURER_UNAVAILABLE = "5056";
    // Staff accounts and sessions (6101-6119; 6001 and 6009 are provincial codes of their own).

    /** The username is already taken (409). */
    public static final String USERNAME_TAKEN = "6101";
    /** The password does not meet the password rules (length, character classes, not the username) (400). */
    public static final String WEAK_PASSWORD = "6102";
    /** No staff account with this username (404, administration API only). */
    public static final String ACCOUNT_NOT_FOUND = "6103";
    /** Roles, region, institution or terminal that do not go together (a regulator without a region …) (400). */
    public static final String ACCOUNT_ROLE_INVALID = "6104";
    /** A region outside the caller's own (a city regulator asking for the province or another city) (403). */
    public static final String OUTSIDE_JURISDICTION = "6105";
    /** A page request that changes state without a valid CSRF token of the session (403). */
    public static final String CSRF_REJECTED = "6106";

    // Resident pages (H5) 6120-6149 (staff accounts use 6101-6119).

    /** 密码错误次数过多: a resident's password sign-in for this phone (or password change) is locked for a while (429). */
    public static final String RESIDENT_PASSWORD_LOCKED = "6120";
    /** The current password given to change a resident's password is wrong (400). */
    public static final String RESIDENT_CURRENT_PASSWORD_WRONG = "6121";
    /** A resident's new password does not follow the rules (8-64 characters, a letter and a digit) (400). */
    public static final String RESIDENT_WEAK_PASSWORD = "6122";
    /** A page asked for a person who is neither the signed-in resident nor a member bound to them (404). */
    public static final String NOT_YOURS = "6123";

    /** A request conflicting with the current state (duplicate binding, duplicate code). */
    public static final String CONFLICT = "4090";
    /** The platform could not make the request durable; nothing was accepted. */
    public static final String UNAVAILABLE = "9503";

    public static final String INTERNAL = "9999";

    private ErrorCodes() {}
}
