package io.ehc.identity;

import java.util.Optional;

/** Verifies the bearer tokens residents receive when they sign in with a one-time code. */
public interface ResidentTokens {
    Optional<MasterIndex> verify(String token);
}
