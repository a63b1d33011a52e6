package io.ehc.certificate.domain;

import io.ehc.certificate.CertificateKind;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Trust anchors held in a list, for decoder tests. */
class TrustedKeys implements CertificateDecoder.TrustAnchors {
    private record Entry(CertificateKind kind, String issuer, String keyId, PublicKey key) {}

    private final List<Entry> entries = new ArrayList<>();

    TrustedKeys trust(CertificateKind kind, String issuer, String keyId, PublicKey key) {
        entries.add(new Entry(kind, issuer, keyId, key));
        return this;
    }

    @Override
    public List<PublicKey> keysFor(CertificateKind kind, String issuer, @Nullable String keyId) {
        return entries.stream()
                .filter(e -> e.kind() == kind && e.issuer().equals(issuer))
                .filter(e -> keyId == null || Objects.equals(e.keyId(), keyId))
                .map(Entry::key)
                .toList();
    }

    CertificateDecoder decoder() {
        return decoder(Instant.now());
    }

    CertificateDecoder decoder(Instant now) {
        return new CertificateDecoder(this, Clock.fixed(now, ZoneOffset.UTC));
    }
}
