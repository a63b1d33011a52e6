package io.ehc.certificate.application;

import io.ehc.certificate.DecodedCertificate;
import io.ehc.certificate.HealthCertificates;
import io.ehc.certificate.domain.CertificateDecoder;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** Decodes a scanned foreign health certificate and checks its signature against the cached trust store. */
@Service
class DecodeHealthCertificate implements HealthCertificates {
    private final CertificateDecoder decoder;

    DecodeHealthCertificate(TrustAnchorCache anchors, Clock clock) {
        this.decoder = new CertificateDecoder(anchors, clock);
    }

    @Override
    public DecodedCertificate decode(String scannedText) {
        return decoder.decode(scannedText);
    }
}
