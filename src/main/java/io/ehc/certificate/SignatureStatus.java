package io.ehc.certificate;

/** What the signature of a decoded certificate says. */
public enum SignatureStatus {
    /** Signed by a key of the trust store that is not revoked, for this issuer. */
    VERIFIED,
    /** The issuer or its key is not in the trust store (or was revoked): the contents cannot be relied on. */
    UNVERIFIED_ISSUER,
    /** The issuer's trusted key does not verify the signature: the certificate was altered or forged. */
    INVALID_SIGNATURE
}
