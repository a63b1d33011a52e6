package io.ehc.certificate.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.certificate.CertificateKind;
import io.ehc.certificate.SignatureStatus;
import io.ehc.certificate.TestCertificates;
import io.ehc.certificate.domain.TrustEntries;
import io.ehc.certificate.domain.TrustEntry;
import io.ehc.shared.error.Conflict;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The trust store's rules with an in-memory store: what is trusted verifies, what is revoked no longer does. */
class ManageCertificateTrustTest {
    final InMemoryTrustEntries store = new InMemoryTrustEntries();
    final TrustAnchorCache cache = new TrustAnchorCache(store, Duration.ofMinutes(5));
    final ManageCertificateTrust manage = new ManageCertificateTrust(store, cache, Clock.systemUTC());
    final DecodeHealthCertificate certificates = new DecodeHealthCertificate(cache, Clock.systemUTC());

    @Test
    void aTrustedShcIssuerVerifiesUntilItsKeyIsRevoked() {
        KeyPair key = TestCertificates.es256KeyPair();
        String card = TestCertificates.smartHealthCard(key, TestCertificates.ISSUER, "John Anyperson", "1951-01-20");
        assertThat(certificates.decode(card).signature()).isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);

        List<TrustEntry> added =
                manage.addSmartHealthCardIssuer(TestCertificates.ISSUER, TestCertificates.jwk(key), null, "admin");
        assertThat(added).singleElement().satisfies(e -> {
            assertThat(e.keyId()).isEqualTo(TestCertificates.kid(key));
            assertThat(e.addedBy()).isEqualTo("admin");
        });
        assertThat(certificates.decode(card).signature())
                .as("the cache is refreshed on change")
                .isEqualTo(SignatureStatus.VERIFIED);

        manage.revoke(added.get(0).id(), "admin");
        assertThat(certificates.decode(card).signature()).isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);
        assertThatThrownBy(() -> manage.revoke(added.get(0).id(), "admin")).isInstanceOf(NotFound.class);

        manage.addSmartHealthCardIssuer(TestCertificates.ISSUER, TestCertificates.jwk(key), null, "admin");
        assertThat(certificates.decode(card).signature())
                .as("trusted again after revocation")
                .isEqualTo(SignatureStatus.VERIFIED);
    }

    @Test
    void aJwksAddsEveryKeyOrNone() {
        KeyPair a = TestCertificates.es256KeyPair();
        KeyPair b = TestCertificates.es256KeyPair();
        Map<String, Object> jwks = Map.of("keys", List.of(TestCertificates.jwk(a), TestCertificates.jwk(b)));
        assertThat(manage.addSmartHealthCardIssuer(TestCertificates.ISSUER, null, jwks, "admin"))
                .hasSize(2);
        assertThatThrownBy(() -> manage.addSmartHealthCardIssuer(TestCertificates.ISSUER, null, jwks, "admin"))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> manage.addSmartHealthCardIssuer(
                        TestCertificates.ISSUER,
                        null,
                        Map.of("keys", List.of(TestCertificates.jwk(a), TestCertificates.jwk(a))),
                        "admin"))
                .hasMessageContaining("repeats a kid");
        assertThatThrownBy(() -> manage.addSmartHealthCardIssuer(
                        TestCertificates.ISSUER, null, Map.of("keys", List.of(Map.of("kty", "EC"))), "admin"))
                .hasMessageContaining("jwks.keys[0]: crv must be P-256");
    }

    @Test
    void refusesIssuersThatAreNotHttpsUrlsAndRequestsWithoutExactlyOneKeySet() {
        Map<String, Object> jwk = TestCertificates.jwk(TestCertificates.es256KeyPair());
        for (String iss : List.of(
                "http://issuer.example.org", "issuer.example.org", "https://issuer.example.org/", "https://x.org/?a=b"))
            assertThatThrownBy(() -> manage.addSmartHealthCardIssuer(iss, jwk, null, "admin"))
                    .as(iss)
                    .isInstanceOfSatisfying(
                            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("iss"));
        assertThatThrownBy(() -> manage.addSmartHealthCardIssuer(TestCertificates.ISSUER, null, null, "admin"))
                .hasMessageContaining("give either jwk or jwks");
        assertThatThrownBy(() -> manage.addSmartHealthCardIssuer(TestCertificates.ISSUER, jwk, Map.of(), "admin"))
                .hasMessageContaining("give either jwk or jwks");
        assertThat(store.all(null)).isEmpty();
    }

    @Test
    void aDccSignerIsTrustedForTheCountryOfItsCertificate() {
        KeyPair key = TestCertificates.es256KeyPair();
        X509Certificate dsc = TestCertificates.signerCertificate(key, "AT");
        String dcc = TestCertificates.euDcc(key, dsc, "AT", "Erika Mustermann", "1964-08-12");
        assertThatThrownBy(() -> manage.addDccSigner(TestCertificates.pem(dsc), "DE", "admin"))
                .hasMessageContaining("differs from the certificate subject's country");
        assertThatThrownBy(() -> manage.addDccSigner(TestCertificates.pem(dsc), "at", "admin"))
                .hasMessageContaining("two upper-case letters");
        TrustEntry entry = manage.addDccSigner(TestCertificates.pem(dsc), null, "admin");
        assertThat(entry.issuer()).isEqualTo("AT");
        assertThat(entry.keyAlgorithm()).isEqualTo("EC");
        assertThat(entry.description()).contains("C=AT");
        assertThat(certificates.decode(dcc).signature()).isEqualTo(SignatureStatus.VERIFIED);
        manage.revoke(entry.id(), "admin");
        assertThat(certificates.decode(dcc).signature()).isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);
    }

    @Test
    void aStoredKeyThatNoLongerParsesIsIgnoredNotTakenForABadCertificate() {
        KeyPair key = TestCertificates.es256KeyPair();
        store.add(new TrustEntry(
                null,
                CertificateKind.SMART_HEALTH_CARD,
                TestCertificates.ISSUER,
                TestCertificates.kid(key),
                "EC",
                new byte[] {1, 2, 3},
                "{}",
                null,
                null,
                null,
                Instant.now(),
                "admin",
                null,
                null));
        String card = TestCertificates.smartHealthCard(key, TestCertificates.ISSUER, "A B", "2000-01-01");
        assertThat(certificates.decode(card).signature()).isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);
    }

    /** The rules of {@code JdbcTrustEntries} in a list. */
    static final class InMemoryTrustEntries implements TrustEntries {
        final List<TrustEntry> entries = new ArrayList<>();
        final AtomicInteger ids = new AtomicInteger();

        @Override
        public synchronized Optional<TrustEntry> add(TrustEntry e) {
            if (!active(e.kind(), e.issuer(), e.keyId()).isEmpty()) return Optional.empty();
            TrustEntry stored = new TrustEntry(
                    (long) ids.incrementAndGet(),
                    e.kind(),
                    e.issuer(),
                    e.keyId(),
                    e.keyAlgorithm(),
                    e.publicKey(),
                    e.jwk(),
                    e.certificate(),
                    e.description(),
                    e.validUntil(),
                    e.addedAt(),
                    e.addedBy(),
                    null,
                    null);
            entries.add(stored);
            return Optional.of(stored);
        }

        @Override
        public synchronized List<TrustEntry> active(CertificateKind kind, String issuer, @Nullable String keyId) {
            return entries.stream()
                    .filter(e -> e.active() && e.kind() == kind && e.issuer().equals(issuer))
                    .filter(e -> keyId == null || e.keyId().equals(keyId))
                    .toList();
        }

        @Override
        public synchronized List<TrustEntry> all(@Nullable CertificateKind kind) {
            return entries.stream()
                    .filter(e -> kind == null || e.kind() == kind)
                    .toList();
        }

        @Override
        public synchronized boolean revoke(long id, Instant at, String by) {
            for (int i = 0; i < entries.size(); i++) {
                TrustEntry e = entries.get(i);
                if (e.id() == id && e.active()) {
                    entries.set(
                            i,
                            new TrustEntry(
                                    e.id(),
                                    e.kind(),
                                    e.issuer(),
                                    e.keyId(),
                                    e.keyAlgorithm(),
                                    e.publicKey(),
                                    e.jwk(),
                                    e.certificate(),
                                    e.description(),
                                    e.validUntil(),
                                    e.addedAt(),
                                    e.addedBy(),
                                    at,
                                    by));
                    return true;
                }
            }
            return false;
        }
    }
}
