package io.ehc.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.certificate.TestCertificates;
import io.ehc.shared.error.InvalidInput;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignerCertificateTest {
    @Test
    void readsPemAndBareBase64AndDerivesTheKidAndCountry() throws Exception {
        KeyPair key = TestCertificates.es256KeyPair();
        X509Certificate certificate = TestCertificates.signerCertificate(key, "DE");
        SignerCertificate fromPem = SignerCertificate.parse(TestCertificates.pem(certificate));
        SignerCertificate fromBase64 =
                SignerCertificate.parse(Base64.getEncoder().encodeToString(certificate.getEncoded()));
        assertThat(fromPem.keyId())
                .isEqualTo(fromBase64.keyId())
                .isEqualTo(Base64.getEncoder().encodeToString(TestCertificates.kid(certificate)))
                .hasSize(12);
        assertThat(fromPem.country()).isEqualTo("DE");
        assertThat(fromPem.certificate().getPublicKey()).isEqualTo(key.getPublic());
    }

    @Test
    void refusesWhatIsNotACertificateWithAnAcceptableKey() throws Exception {
        refused("hello, world!", "is neither PEM nor base64 DER");
        refused("-----BEGIN CERTIFICATE-----\nAAAA\n", "no END CERTIFICATE");
        refused("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "is not an X.509 certificate");
        refused("A".repeat(SignerCertificate.MAX_TEXT + 1), "longer than 16 KiB");
        KeyPairGenerator small = KeyPairGenerator.getInstance("RSA");
        small.initialize(1024);
        refused(TestCertificates.pem(TestCertificates.signerCertificate(small.generateKeyPair(), "FR")), "2048 bits");
    }

    static void refused(String text, String reason) {
        assertThatThrownBy(() -> SignerCertificate.parse(text))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining(reason);
    }
}
