package io.ehc.certificate.domain;

import static io.ehc.certificate.CertificateKind.EU_DCC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.certificate.DecodedCertificate;
import io.ehc.certificate.SignatureStatus;
import io.ehc.certificate.TestCertificates;
import io.ehc.shared.error.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EuDccsTest {
    static final KeyPair SIGNER = TestCertificates.es256KeyPair();
    static final X509Certificate DSC = TestCertificates.signerCertificate(SIGNER, "AT");
    static final String KID = Base64.getEncoder().encodeToString(TestCertificates.kid(DSC));
    final TrustedKeys trusted = new TrustedKeys().trust(EU_DCC, "AT", KID, SIGNER.getPublic());

    @Test
    void decodesAndVerifiesACertificateOfATrustedSigner() {
        DecodedCertificate c = trusted.decoder()
                .decode(TestCertificates.euDcc(SIGNER, DSC, "AT", "Erika Dörte Mustermann", "1964-08-12"));
        assertThat(c.kind()).isEqualTo(EU_DCC);
        assertThat(c.signature()).isEqualTo(SignatureStatus.VERIFIED);
        assertThat(c.issuer()).isEqualTo("AT");
        assertThat(c.keyId()).isEqualTo(KID);
        assertThat(c.holderName()).isEqualTo("Erika Dörte Mustermann");
        assertThat(c.holderBirthDate()).isEqualTo("1964-08-12");
        assertThat(c.summary()).containsExactly("Vaccination 2/2 EU/1/20/1528 2021-06-11");
        assertThat(c.claims()).containsEntry("ver", "1.3.0").containsKey("nam");
        assertThat(c.issuedAt()).isBefore(c.expiresAt());
        assertThat(c.expired()).isFalse();
    }

    @Test
    void theTransliteratedNameIsUsedWhenTheNationalOneIsAbsent() {
        Map<String, Object> hcert = TestCertificates.hcert("Erika Mustermann", "1964-08-12");
        hcert.put("nam", Map.of("fnt", "MUSTERMANN<GABLER", "gnt", "ERIKA"));
        assertThat(trusted.decoder().decode(signed(SIGNER, hcert)).holderName()).isEqualTo("ERIKA MUSTERMANN GABLER");
    }

    @Test
    void summarisesTestsAndRecoveries() {
        Map<String, Object> hcert = TestCertificates.hcert("Erika Mustermann", "1964-08-12");
        hcert.remove("v");
        hcert.put(
                "t",
                List.of(Map.of("tg", "840539006", "tt", "LP6464-4", "sc", "2021-05-30T10:12:22Z", "tr", "260415000")));
        hcert.put("r", List.of(Map.of("fr", "2021-01-10", "df", "2021-05-29", "du", "2021-06-15")));
        assertThat(trusted.decoder().decode(signed(SIGNER, hcert)).summary())
                .containsExactly(
                        "Test NAAT not detected 2021-05-30T10:12:22Z",
                        "Recovery: first positive 2021-01-10, valid 2021-05-29 to 2021-06-15");
    }

    @Test
    void anUnknownSignerOrCountryIsUnverified() {
        KeyPair other = TestCertificates.es256KeyPair();
        X509Certificate otherDsc = TestCertificates.signerCertificate(other, "AT");
        assertThat(trusted.decoder()
                        .decode(TestCertificates.euDcc(other, otherDsc, "AT", "A B", "2000-01-01"))
                        .signature())
                .isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);
        assertThat(trusted.decoder()
                        .decode(TestCertificates.euDcc(SIGNER, DSC, "DE", "A B", "2000-01-01"))
                        .signature())
                .as("the trusted key signs for AT only")
                .isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);
    }

    @Test
    void aCertificateSignedWithAnotherKeyUnderTheTrustedKidIsInvalid() {
        KeyPair forger = TestCertificates.es256KeyPair();
        assertThat(trusted.decoder()
                        .decode(TestCertificates.euDcc(forger, DSC, "AT", "A B", "2000-01-01"))
                        .signature())
                .isEqualTo(SignatureStatus.INVALID_SIGNATURE);
    }

    @Test
    void aTamperedPayloadIsInvalid() {
        byte[] cose = cose(TestCertificates.euDcc(SIGNER, DSC, "AT", "Erika Mustermann", "1964-08-12"));
        List<?> sign1 = (List<?>) ((Cbor.Tagged) Cbor.decode(cose)).value();
        Instant now = Instant.now();
        byte[] forgedPayload = Cbor.encode(TestCertificates.cwt(
                "AT", now, now.plus(Duration.ofDays(3650)), TestCertificates.hcert("Erika Mustermann", "1964-08-12")));
        byte[] forged =
                Cbor.encode(new Cbor.Tagged(18, List.of(sign1.get(0), sign1.get(1), forgedPayload, sign1.get(3))));
        assertThat(trusted.decoder().decode(TestCertificates.hc1(forged)).signature())
                .isEqualTo(SignatureStatus.INVALID_SIGNATURE);
        byte[] shortSignature =
                Cbor.encode(new Cbor.Tagged(18, List.of(sign1.get(0), sign1.get(1), sign1.get(2), new byte[3])));
        assertThat(trusted.decoder()
                        .decode(TestCertificates.hc1(shortSignature))
                        .signature())
                .isEqualTo(SignatureStatus.INVALID_SIGNATURE);
    }

    @Test
    void verifiesPs256WithAnRsaSigner() {
        KeyPair rsa = TestCertificates.rsaKeyPair();
        X509Certificate rsaDsc = TestCertificates.signerCertificate(rsa, "FR");
        String kid = Base64.getEncoder().encodeToString(TestCertificates.kid(rsaDsc));
        TrustedKeys anchors = new TrustedKeys().trust(EU_DCC, "FR", kid, rsaDsc.getPublicKey());
        assertThat(anchors.decoder()
                        .decode(TestCertificates.euDcc(rsa, rsaDsc, "FR", "A B", "2000-01-01"))
                        .signature())
                .isEqualTo(SignatureStatus.VERIFIED);
        assertThat(anchors.decoder()
                        .decode(TestCertificates.euDcc(
                                TestCertificates.rsaKeyPair(), rsaDsc, "FR", "A B", "2000-01-01"))
                        .signature())
                .isEqualTo(SignatureStatus.INVALID_SIGNATURE);
    }

    @Test
    void readsTheKidFromTheUnprotectedHeaderAndAcceptsUncompressedAndCwtTaggedMessages() {
        Instant now = Instant.now();
        byte[] payload = Cbor.encode(
                TestCertificates.cwt("AT", now, now.plusSeconds(60), TestCertificates.hcert("A B", "2000-01-01")));
        Map<Object, Object> unprotected = new LinkedHashMap<>();
        unprotected.put(4, TestCertificates.kid(DSC));
        byte[] cose = TestCertificates.coseSign1(SIGNER.getPrivate(), Cbor.encode(Map.of(1, -7)), unprotected, payload);
        assertThat(trusted.decoder().decode(TestCertificates.hc1(cose)).signature())
                .isEqualTo(SignatureStatus.VERIFIED);
        assertThat(trusted.decoder().decode("HC1:" + Base45.encode(cose)).signature())
                .as("uncompressed")
                .isEqualTo(SignatureStatus.VERIFIED);
        byte[] cwtTagged = Cbor.encode(new Cbor.Tagged(61, Cbor.decode(cose)));
        assertThat(trusted.decoder().decode(TestCertificates.hc1(cwtTagged)).signature())
                .isEqualTo(SignatureStatus.VERIFIED);
    }

    @Test
    void verifiesThePublicAustrianTestVectorWithItsSignerCertificate() throws IOException {
        JsonNode vector = JsonMapper.builder().build().readTree(resource("eu-dcc-at-1.json"));
        SignerCertificate dsc =
                SignerCertificate.parse(vector.path("certificate").asString());
        assertThat(dsc.keyId()).isEqualTo("2Rk3X8HntrI=");
        assertThat(dsc.country()).isEqualTo("AT");
        Instant clock = Instant.parse(vector.path("validationClock").asString());
        DecodedCertificate c = new TrustedKeys()
                .trust(EU_DCC, "AT", dsc.keyId(), dsc.certificate().getPublicKey())
                .decoder(clock)
                .decode(vector.path("prefix").asString());
        assertThat(c.signature()).isEqualTo(SignatureStatus.VERIFIED);
        assertThat(c.issuer()).isEqualTo("AT");
        assertThat(c.keyId()).isEqualTo("2Rk3X8HntrI=");
        assertThat(c.holderName()).isEqualTo("Gabriele Musterfrau-Gößinger");
        assertThat(c.holderBirthDate()).isEqualTo("1998-02-26");
        assertThat(c.summary()).containsExactly("Vaccination 1/2 EU/1/20/1528 2021-02-18");
        assertThat(c.issuedAt()).isEqualTo(Instant.ofEpochSecond(0x60942ea0L));
        assertThat(c.expiresAt()).isEqualTo(Instant.ofEpochSecond(0x61817ca0L));
        assertThat(c.expired()).isFalse();
        assertThat(new TrustedKeys()
                        .decoder()
                        .decode(vector.path("prefix").asString())
                        .expired())
                .as("expired today")
                .isTrue();
    }

    @Test
    void refusesEveryMalformedLayerWithCode3001AndAReason() {
        Instant now = Instant.now();
        byte[] goodPayload = Cbor.encode(
                TestCertificates.cwt("AT", now, now.plusSeconds(60), TestCertificates.hcert("A B", "2000-01-01")));
        refused("HC1:", "nothing follows HC1:");
        refused("HC1:hello", "not in the base45 alphabet");
        refused("HC1:AAAA", "dangling");
        refused("HC1:" + Base45.encode(new byte[] {0x78, 0x00, 1, 2, 3}), "not valid zlib");
        byte[] zlib = TestCertificates.zlib(TestCertificates.coseSign1(SIGNER.getPrivate(), new byte[8], goodPayload));
        refused("HC1:" + Base45.encode(Arrays.copyOf(zlib, zlib.length - 10)), "truncated");
        refused(TestCertificates.hc1(new byte[] {(byte) 0xd2, (byte) 0x83, 0x40, (byte) 0xa0, 0x40}), "an array of 4");
        refused(TestCertificates.hc1(Cbor.encode(new Cbor.Tagged(98, List.of()))), "not COSE_Sign1 (18)");
        refused(TestCertificates.hc1(new byte[] {(byte) 0xd2, (byte) 0x84, 0x40}), "malformed CBOR");
        refused(
                TestCertificates.hc1(Cbor.encode(List.of("x", Map.of(), goodPayload, new byte[0]))),
                "protected header");
        refused(
                TestCertificates.hc1(Cbor.encode(List.of(new byte[] {0x01}, Map.of(), goodPayload, new byte[0]))),
                "the protected header is not a CBOR map");
        refused(
                TestCertificates.hc1(Cbor.encode(List.of(new byte[] {0x19}, Map.of(), goodPayload, new byte[0]))),
                "the protected header: malformed CBOR");
        refused(
                TestCertificates.hc1(
                        Cbor.encode(List.of(Cbor.encode(Map.of(4, "kid")), Map.of(), goodPayload, new byte[0]))),
                "kid (label 4) is not a byte string");
        refused(sign(Cbor.encode(List.of(1, 2))), "the CWT payload is not a CBOR map");
        refused(sign(Cbor.encode(Map.of(4, 1))), "no issuing country (claim 1)");
        refused(sign(Cbor.encode(Map.of(1, "AT", 4, "tomorrow"))), "expiry (claim 4) is not a number");
        refused(sign(Cbor.encode(Map.of(1, "AT", 6, Long.MAX_VALUE))), "issued-at (claim 6) is not a valid time");
        refused(sign(Cbor.encode(Map.of(1, "AT"))), "no EU DCC (claim -260, key 1)");
        refused(sign(Cbor.encode(Map.of(1, "AT", -260, Map.of(2, Map.of())))), "no EU DCC (claim -260, key 1)");
        refused("HC1:" + "0".repeat(9000), "longer than 8 KiB");
        refused("HC2:NCF", "not a SMART Health Card (shc:/) or an EU Digital COVID Certificate (HC1:)");
        refused("https://example.org", "not a SMART Health Card");
    }

    @Test
    void refusesAZipBomb() {
        byte[] bomb = TestCertificates.zlib(new byte[2 * 1024 * 1024]);
        String scanned = "HC1:" + Base45.encode(bomb);
        assertThat(scanned.length()).isLessThan(CertificateDecoder.MAX_SCANNED_CHARS);
        refused(scanned, "inflates to more than 64 KiB");
    }

    String sign(byte[] payload) {
        return TestCertificates.hc1(
                TestCertificates.coseSign1(SIGNER.getPrivate(), TestCertificates.kid(DSC), payload));
    }

    String signed(KeyPair signer, Map<String, Object> hcert) {
        Instant now = Instant.now();
        return TestCertificates.hc1(TestCertificates.coseSign1(
                signer.getPrivate(),
                TestCertificates.kid(DSC),
                Cbor.encode(TestCertificates.cwt("AT", now, now.plusSeconds(3600), hcert))));
    }

    void refused(String scanned, String reason) {
        assertThatThrownBy(() -> trusted.decoder().decode(scanned))
                .as(reason)
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("3001"))
                .hasMessageContaining(reason);
    }

    static byte[] cose(String hc1) {
        byte[] zlib = Base45.decode(hc1.substring(4));
        return Inflation.zlib(zlib, CertificateDecoder.MAX_PAYLOAD_BYTES);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = EuDccsTest.class.getResourceAsStream("/certificate/" + name)) {
            return in.readAllBytes();
        }
    }
}
