package io.ehc.institution.domain;

import java.time.Instant;

/** Remembers nonces of signed requests for as long as their timestamps are acceptable. */
public interface NonceStore {
    /** True the first time a nonce is seen for the key; false on reuse. */
    boolean firstUse(String keyId, String nonce, Instant until);
}
