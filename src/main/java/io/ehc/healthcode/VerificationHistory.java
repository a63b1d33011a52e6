package io.ehc.healthcode;

import java.time.Instant;

/**
 * The durable record of a dynamic code's verifications, kept by the module that records card uses (every accepted
 * verification leads to a use record that keeps the code's block, see {@link VerifiedCode}). The health-code module
 * reads it when it meets a code for the first time since the node started, and counts on in memory from there.
 */
public interface VerificationHistory {
    /**
     * How many uses of the card {@code ehcId} from {@code from} (inclusive) to {@code to} (exclusive) were verified
     * with the dynamic code whose expiry block is {@code codeBlock}.
     */
    int verificationsOf(String ehcId, String codeBlock, Instant from, Instant to);
}
