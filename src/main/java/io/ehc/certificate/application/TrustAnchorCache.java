package io.ehc.certificate.application;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.ehc.certificate.CertificateKind;
import io.ehc.certificate.domain.CertificateDecoder;
import io.ehc.certificate.domain.Keys;
import io.ehc.certificate.domain.TrustEntries;
import io.ehc.certificate.domain.TrustEntry;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The trust store in memory: the keys of each (kind, issuer, key ID) looked up once and kept, unknown issuers
 * included, so a flood of scans does not reach the database. Emptied as soon as a change to the store commits on this
 * node; other nodes see the change within {@code ehc.certificate.trust-cache-ttl} (60 s by default).
 */
@Component
class TrustAnchorCache implements CertificateDecoder.TrustAnchors {
    private static final Logger log = LoggerFactory.getLogger(TrustAnchorCache.class);

    private record Lookup(
            CertificateKind kind, String issuer, @Nullable String keyId) {}

    private final LoadingCache<Lookup, List<PublicKey>> keys;

    TrustAnchorCache(TrustEntries entries, @Value("${ehc.certificate.trust-cache-ttl:60s}") Duration ttl) {
        this.keys = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(10_000)
                .build(l -> entries.active(l.kind(), l.issuer(), l.keyId()).stream()
                        .flatMap(e -> publicKey(e).stream())
                        .toList());
    }

    @Override
    public List<PublicKey> keysFor(CertificateKind kind, String issuer, @Nullable String keyId) {
        return keys.get(new Lookup(kind, issuer, keyId));
    }

    /** Forgets every key once the current transaction commits (at once outside a transaction). */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive())
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keys.invalidateAll();
                }
            });
        else keys.invalidateAll();
    }

    /** A stored key that no longer parses is skipped (and named by its id only), never taken for a decoding error. */
    private static Optional<PublicKey> publicKey(TrustEntry e) {
        try {
            return Optional.of(Keys.fromSpki(e.keyAlgorithm(), e.publicKey()));
        } catch (IllegalArgumentException unreadable) {
            log.warn("trust entry {} holds an unreadable public key; it is ignored", e.id());
            return Optional.empty();
        }
    }
}
