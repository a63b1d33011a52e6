package io.ehc.shared.crypto;

/** What a key is for; each purpose has its own versioned series in the key ring. */
public enum KeyPurpose {
    /** SM4 root key of the EHC ID derivation (DOMAIN.md §2). Never rotated while cards derived from it exist. */
    ROOT("sm4-root", 16),
    /** SM4 protect key of the dynamic code's EXPIRY block (DOMAIN.md §4). */
    CODE("sm4-code", 16),
    /** HMAC-SM3 key of the tag that binds static codes to the card's generation. */
    CODE_TAG("hmac-code-tag", 32),
    /** SM4-GCM key for personal data and secrets at rest. */
    DATA("sm4-data", 16),
    /** HMAC-SM3 key of blind indexes (find by document or phone without decrypting). Rotation needs a re-index. */
    BLIND("hmac-blind", 32),
    /** HMAC-SM3 key of session tokens issued to residents. */
    TOKEN("hmac-token", 32);

    private final String alias;
    private final int length;

    KeyPurpose(String alias, int length) {
        this.alias = alias;
        this.length = length;
    }

    public String alias() {
        return alias;
    }

    public int length() {
        return length;
    }
}
