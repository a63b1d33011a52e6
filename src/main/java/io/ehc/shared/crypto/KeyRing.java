package io.ehc.shared.crypto;

import java.util.List;
import java.util.Optional;

/**
 * Versioned secret keys by purpose. The embedded default is a PKCS#12 file generated at first run; an HSM adapter
 * implements the same interface. Old versions stay readable so that codes and ciphertexts in flight survive a
 * rotation.
 */
public interface KeyRing {
    /** The version new material is produced with. */
    VersionedKey current(KeyPurpose purpose);

    Optional<VersionedKey> version(KeyPurpose purpose, int version);

    /**
     * Every version still accepted, newest first. Implementations return the same list until the versions change (a
     * rotation), so that callers can keep what they derive from the keys for as long as the list is the same.
     */
    List<VersionedKey> all(KeyPurpose purpose);

    /** Creates a new current version; earlier versions stay accepted. */
    VersionedKey rotate(KeyPurpose purpose);
}
