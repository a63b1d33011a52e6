package io.ehc.h5.domain;

import java.time.Instant;
import java.util.Optional;

/** Residents' password hashes (Argon2id, encoded with their parameters and salt), by master index. */
public interface ResidentPasswords {
    Optional<String> hashOf(String masterIndex);

    void save(String masterIndex, String hash, Instant at);
}
