package io.ehc.certificate.domain;

import io.ehc.certificate.CertificateKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The trust store of issuer keys. */
public interface TrustEntries {
    /** Stores a new entry; empty when an active entry with the same kind, issuer and key ID exists. */
    Optional<TrustEntry> add(TrustEntry entry);

    /** Active entries of an issuer, for one key ID or (when null) all of them. */
    List<TrustEntry> active(CertificateKind kind, String issuer, @Nullable String keyId);

    /** Every entry, revoked ones included, optionally of one kind; newest first. */
    List<TrustEntry> all(@Nullable CertificateKind kind);

    /** Revokes an active entry; false when there is no such active entry. */
    boolean revoke(long id, Instant at, String by);
}
