package io.ehc.certificate.application;

import io.ehc.certificate.CertificateKind;
import io.ehc.certificate.domain.Jwk;
import io.ehc.certificate.domain.SignerCertificate;
import io.ehc.certificate.domain.TrustEntries;
import io.ehc.certificate.domain.TrustEntry;
import io.ehc.shared.error.Conflict;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of the trust store: SMART Health Card issuer keys (JWK or JWKS of an {@code iss}), EU DCC document
 * signer certificates, listing and revocation. A request that fails validation or names a key already trusted
 * changes nothing; entries are revoked, never deleted.
 */
@Service
public class ManageCertificateTrust {
    static final int MAX_KEYS_PER_JWKS = 20;
    private final TrustEntries store;
    private final TrustAnchorCache cache;
    private final Clock clock;

    ManageCertificateTrust(TrustEntries store, TrustAnchorCache cache, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.clock = clock;
    }

    /** Trusts the keys of a SMART Health Card issuer: one JWK, or every key of a JWKS ({@code {"keys":[...]}}). */
    @Transactional
    public List<TrustEntry> addSmartHealthCardIssuer(
            String iss, @Nullable Map<String, Object> jwk, @Nullable Map<String, Object> jwks, String actor) {
        String issuer = issuer(iss);
        List<Jwk> keys = new ArrayList<>();
        if ((jwk == null) == (jwks == null)) throw new InvalidInput("jwk", "give either jwk or jwks");
        if (jwk != null) keys.add(Jwk.parse(jwk, "jwk"));
        else {
            if (!(jwks.get("keys") instanceof List<?> list) || list.isEmpty())
                throw new InvalidInput("jwks", "must hold a non-empty keys array");
            if (list.size() > MAX_KEYS_PER_JWKS)
                throw new InvalidInput("jwks", "holds more than " + MAX_KEYS_PER_JWKS + " keys");
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> key))
                    throw new InvalidInput("jwks.keys[" + i + "]", "is not a JSON object");
                @SuppressWarnings("unchecked")
                Map<String, ?> typed = (Map<String, ?>) key;
                keys.add(Jwk.parse(typed, "jwks.keys[" + i + "]"));
            }
        }
        Set<String> kids = new HashSet<>();
        for (Jwk k : keys) if (!kids.add(k.keyId())) throw new InvalidInput("jwks", "repeats a kid");
        Instant now = clock.instant();
        List<TrustEntry> added = new ArrayList<>();
        for (Jwk k : keys)
            added.add(add(new TrustEntry(
                    null,
                    CertificateKind.SMART_HEALTH_CARD,
                    issuer,
                    k.keyId(),
                    "EC",
                    k.key().getEncoded(),
                    k.json(),
                    null,
                    null,
                    null,
                    now,
                    actor(actor),
                    null,
                    null)));
        cache.changed();
        return added;
    }

    /**
     * Trusts an EU DCC document signer certificate (PEM or base64 DER) for a country: the one given, else the
     * certificate subject's {@code C}; both must agree when both are there.
     */
    @Transactional
    public TrustEntry addDccSigner(String certificate, @Nullable String country, String actor) {
        SignerCertificate signer = SignerCertificate.parse(certificate);
        String issuer = country == null || country.isBlank() ? signer.country() : country.strip();
        if (issuer == null)
            throw new InvalidInput("country", "is required: the certificate's subject names no country (C=)");
        if (!issuer.matches("[A-Z]{2}")) throw new InvalidInput("country", "must be two upper-case letters (ISO 3166)");
        if (signer.country() != null && !signer.country().equals(issuer))
            throw new InvalidInput("country", "differs from the certificate subject's country (C=)");
        X509Certificate x509 = signer.certificate();
        String subject = x509.getSubjectX500Principal().getName(X500Principal.RFC2253);
        TrustEntry entry = add(new TrustEntry(
                null,
                CertificateKind.EU_DCC,
                issuer,
                signer.keyId(),
                x509.getPublicKey().getAlgorithm(),
                x509.getPublicKey().getEncoded(),
                null,
                signer.der(),
                subject.length() > 300 ? subject.substring(0, 300) : subject,
                x509.getNotAfter().toInstant(),
                clock.instant(),
                actor(actor),
                null,
                null));
        cache.changed();
        return entry;
    }

    public List<TrustEntry> all(@Nullable CertificateKind kind) {
        return store.all(kind);
    }

    /** Revokes an entry: from the commit on, certificates signed with its key are UNVERIFIED_ISSUER. */
    @Transactional
    public void revoke(long id, String actor) {
        if (!store.revoke(id, clock.instant(), actor(actor))) throw new NotFound("no active trust entry with this id");
        cache.changed();
    }

    private TrustEntry add(TrustEntry entry) {
        return store.add(entry)
                .orElseThrow(() -> new Conflict(
                        ErrorCodes.CONFLICT,
                        "this key of this issuer is already trusted (revoke it first to replace it)"));
    }

    /** SMART Health Card issuers are https URLs without a trailing slash, query or fragment (the spec's iss rule). */
    static String issuer(String iss) {
        String s = iss.strip();
        if (s.isEmpty() || s.length() > 255) throw new InvalidInput("iss", "must be 1-255 characters");
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new InvalidInput("iss", "is not a URL");
        }
        if (!"https".equals(uri.getScheme())
                || uri.getHost() == null
                || uri.getUserInfo() != null
                || uri.getQuery() != null
                || uri.getFragment() != null)
            throw new InvalidInput("iss", "must be an https URL without user, query or fragment");
        if (s.endsWith("/")) throw new InvalidInput("iss", "must not end with /");
        return s;
    }

    private static String actor(String actor) {
        return actor.length() > 100 ? actor.substring(0, 100) : actor;
    }
}
