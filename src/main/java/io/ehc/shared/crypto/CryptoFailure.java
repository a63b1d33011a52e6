package io.ehc.shared.crypto;

/** A ciphertext, tag or signature that does not open or verify. Carries no key or plaintext material. */
public class CryptoFailure extends RuntimeException {
    public CryptoFailure(String message) {
        super(message);
    }
}
