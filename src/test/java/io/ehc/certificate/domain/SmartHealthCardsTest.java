package io.ehc.certificate.domain;

import static io.ehc.certificate.CertificateKind.SMART_HEALTH_CARD;
import static io.ehc.certificate.TestCertificates.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.certificate.DecodedCertificate;
import io.ehc.certificate.SignatureStatus;
import io.ehc.certificate.TestCertificates;
import io.ehc.shared.error.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SmartHealthCardsTest {
    static final KeyPair ISSUER_KEY = TestCertificates.es256KeyPair();
    static final JsonMapper JSON = JsonMapper.builder().build();
    final TrustedKeys trusted = new TrustedKeys()
            .trust(SMART_HEALTH_CARD, ISSUER, TestCertificates.kid(ISSUER_KEY), ISSUER_KEY.getPublic());

    @Test
    void decodesAndVerifiesACardOfATrustedIssuer() {
        String card = TestCertificates.smartHealthCard(ISSUER_KEY, ISSUER, "John B. Anyperson", "1951-01-20");
        DecodedCertificate c = trusted.decoder().decode(card);
        assertThat(c.kind()).isEqualTo(SMART_HEALTH_CARD);
        assertThat(c.signature()).isEqualTo(SignatureStatus.VERIFIED);
        assertThat(c.issuer()).isEqualTo(ISSUER);
        assertThat(c.keyId()).isEqualTo(TestCertificates.kid(ISSUER_KEY));
        assertThat(c.holderName()).isEqualTo("John B. Anyperson");
        assertThat(c.holderBirthDate()).isEqualTo("1951-01-20");
        assertThat(c.summary())
                .containsExactly(
                        "Immunization: COVID-19 vaccine (Moderna), 2021-01-01",
                        "Immunization: COVID-19 vaccine (Moderna), 2021-01-29");
        assertThat(c.claims()).containsEntry("resourceType", "Bundle");
        assertThat(c.issuedAt()).isNotNull();
        assertThat(c.expiresAt()).isNull();
        assertThat(c.expired()).isFalse();
        assertThat(c.toString()).doesNotContain("Anyperson", "1951");
    }

    @Test
    void aCardOfAnUnknownIssuerOrKeyIsUnverified() {
        KeyPair other = TestCertificates.es256KeyPair();
        assertThat(trusted.decoder()
                        .decode(TestCertificates.smartHealthCard(other, "https://other.example", "A B", "2000-01-01"))
                        .signature())
                .isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);
        assertThat(trusted.decoder()
                        .decode(TestCertificates.smartHealthCard(other, ISSUER, "A B", "2000-01-01"))
                        .signature())
                .as("a key of the issuer that is not in the trust store")
                .isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);
    }

    @Test
    void aCardSignedWithAnotherKeyUnderTheTrustedKidIsInvalid() {
        KeyPair forger = TestCertificates.es256KeyPair();
        String card = TestCertificates.smartHealthCard(
                forger.getPrivate(),
                TestCertificates.kid(ISSUER_KEY),
                TestCertificates.shcPayload(ISSUER, "A B", "2000-01-01"));
        assertThat(trusted.decoder().decode(card).signature()).isEqualTo(SignatureStatus.INVALID_SIGNATURE);
    }

    @Test
    void aTamperedPayloadIsInvalid() {
        String jws = jws(TestCertificates.smartHealthCard(ISSUER_KEY, ISSUER, "John Anyperson", "1951-01-20"));
        String[] parts = jws.split("\\.");
        Map<String, Object> forged = TestCertificates.shcPayload(ISSUER, "Jane Otherperson", "1990-01-01");
        String forgedPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(TestCertificates.deflate(JSON.writeValueAsBytes(forged)));
        DecodedCertificate c =
                trusted.decoder().decode(TestCertificates.shc(parts[0] + "." + forgedPayload + "." + parts[2]));
        assertThat(c.signature()).isEqualTo(SignatureStatus.INVALID_SIGNATURE);
        assertThat(c.holderName()).isEqualTo("Jane Otherperson");
        String mangledSignature = parts[0] + "." + parts[1] + "." + "AAAA";
        assertThat(trusted.decoder()
                        .decode(TestCertificates.shc(mangledSignature))
                        .signature())
                .isEqualTo(SignatureStatus.INVALID_SIGNATURE);
    }

    @Test
    void aCardWithoutKidIsCheckedAgainstEveryKeyOfItsIssuer() {
        Map<String, Object> header = new LinkedHashMap<>(Map.of("zip", "DEF", "alg", "ES256"));
        byte[] payload = TestCertificates.deflate(
                JSON.writeValueAsBytes(TestCertificates.shcPayload(ISSUER, "A B", "2000-01-01")));
        DecodedCertificate c = trusted.decoder()
                .decode(TestCertificates.shc(TestCertificates.jws(ISSUER_KEY.getPrivate(), header, payload)));
        assertThat(c.keyId()).isNull();
        assertThat(c.signature()).isEqualTo(SignatureStatus.VERIFIED);
    }

    @Test
    void anIssuerLongerThanTheTrustStoreHoldsIsNeverLookedUp() {
        TrustedKeys failing = new TrustedKeys() {
            @Override
            public java.util.List<java.security.PublicKey> keysFor(
                    io.ehc.certificate.CertificateKind kind, String issuer, String keyId) {
                throw new AssertionError("looked up");
            }
        };
        String longIssuer = "https://" + "a".repeat(CertificateDecoder.MAX_ISSUER) + ".example";
        assertThat(failing.decoder()
                        .decode(TestCertificates.smartHealthCard(ISSUER_KEY, longIssuer, "A B", "2000-01-01"))
                        .signature())
                .isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);
    }

    @Test
    void anAlgorithmOtherThanEs256NeverVerifies() {
        Map<String, Object> header = TestCertificates.shcHeader(TestCertificates.kid(ISSUER_KEY));
        header.put("alg", "none");
        byte[] payload = TestCertificates.deflate(
                JSON.writeValueAsBytes(TestCertificates.shcPayload(ISSUER, "A B", "2000-01-01")));
        assertThat(trusted.decoder()
                        .decode(TestCertificates.shc(TestCertificates.jws(ISSUER_KEY.getPrivate(), header, payload)))
                        .signature())
                .isEqualTo(SignatureStatus.INVALID_SIGNATURE);
    }

    @Test
    void anExpiredCardSaysSo() {
        Map<String, Object> payload = TestCertificates.shcPayload(ISSUER, "A B", "2000-01-01");
        payload.put("nbf", 1_617_976_270.189);
        payload.put("exp", 1_700_000_000);
        DecodedCertificate c = trusted.decoder()
                .decode(TestCertificates.smartHealthCard(
                        ISSUER_KEY.getPrivate(), TestCertificates.kid(ISSUER_KEY), payload));
        assertThat(c.issuedAt()).isEqualTo(Instant.parse("2021-04-09T13:51:10.189Z"));
        assertThat(c.expiresAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000));
        assertThat(c.expired()).isTrue();
        assertThat(c.signature()).isEqualTo(SignatureStatus.VERIFIED);
    }

    @Test
    void verifiesTheSpecificationsExampleWithItsIssuerKey() throws IOException {
        Map<String, Object> jwks = JSON.readValue(resource("smart-health-card-example-issuer-jwks.json"), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> key = ((List<Map<String, Object>>) jwks.get("keys")).get(0);
        Map<String, Object> withoutKid = new LinkedHashMap<>(key);
        withoutKid.remove("kid");
        Jwk jwk = Jwk.parse(withoutKid, "jwk");
        assertThat(jwk.keyId()).as("the kid is the RFC 7638 thumbprint").isEqualTo(key.get("kid"));
        String iss = "https://smarthealth.cards/examples/issuer";
        DecodedCertificate c = new TrustedKeys()
                .trust(SMART_HEALTH_CARD, iss, jwk.keyId(), jwk.key())
                .decoder()
                .decode(new String(resource("smart-health-card-example-00.txt"), StandardCharsets.US_ASCII));
        assertThat(c.signature()).isEqualTo(SignatureStatus.VERIFIED);
        assertThat(c.issuer()).isEqualTo(iss);
        assertThat(c.keyId()).isEqualTo("3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s");
        assertThat(c.issuedAt()).isEqualTo(Instant.parse("2021-04-09T13:51:10.189Z"));
        assertThat(c.holderName()).isEqualTo("John B. Anyperson");
        assertThat(c.holderBirthDate()).isEqualTo("1951-01-20");
        assertThat(c.summary())
                .containsExactly(
                        "Immunization: COVID-19 vaccine (Moderna), 2021-01-01",
                        "Immunization: COVID-19 vaccine (Moderna), 2021-01-29");
        assertThat(new TrustedKeys()
                        .decoder()
                        .decode(new String(resource("smart-health-card-example-00.txt"), StandardCharsets.US_ASCII))
                        .signature())
                .isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);
    }

    @Test
    void refusesEveryMalformedLayerWithCode3001AndAReason() {
        byte[] payload = JSON.writeValueAsBytes(TestCertificates.shcPayload(ISSUER, "A B", "2000-01-01"));
        String kid = TestCertificates.kid(ISSUER_KEY);
        refused("shc:/1/2/5676290952432060346029243740446031", "multi-chunk");
        refused("shc:/567", "odd number of digits");
        refused("shc:/5699", "above 77");
        refused("shc:/", "no digits");
        refused(TestCertificates.shc("abc.def"), "not a compact JWS");
        refused(TestCertificates.shc("e30.e30.e30.e30"), "not a compact JWS");
        refused(TestCertificates.shc("bm90IGpzb24.e30.AAAA"), "the JWS header is not well-formed JSON");
        refused(TestCertificates.shc("W10.e30.AAAA"), "the JWS header is not a JSON object");
        Map<String, Object> gzip = TestCertificates.shcHeader(kid);
        gzip.put("zip", "GZIP");
        refused(TestCertificates.shc(TestCertificates.jws(ISSUER_KEY.getPrivate(), gzip, payload)), "zip is not DEF");
        refused(
                TestCertificates.shc(TestCertificates.jws(
                        ISSUER_KEY.getPrivate(), TestCertificates.shcHeader(kid), new byte[] {0x07, 0x00, 0x00})),
                "not valid DEFLATE");
        byte[] deflated = TestCertificates.deflate(payload);
        refused(
                TestCertificates.shc(TestCertificates.jws(
                        ISSUER_KEY.getPrivate(),
                        TestCertificates.shcHeader(kid),
                        java.util.Arrays.copyOf(deflated, deflated.length / 2))),
                "truncated");
        byte[] trailing = java.util.Arrays.copyOf(deflated, deflated.length + 3);
        refused(
                TestCertificates.shc(
                        TestCertificates.jws(ISSUER_KEY.getPrivate(), TestCertificates.shcHeader(kid), trailing)),
                "bytes follow the end of the DEFLATE stream");
        refused(TestCertificates.smartHealthCard(ISSUER_KEY.getPrivate(), kid, Map.of("nbf", 1)), "has no iss");
        refused(
                TestCertificates.smartHealthCard(ISSUER_KEY.getPrivate(), kid, Map.of("iss", ISSUER, "vc", Map.of())),
                "no vc.credentialSubject.fhirBundle");
        refused(
                TestCertificates.smartHealthCard(
                        ISSUER_KEY.getPrivate(), kid, Map.of("iss", ISSUER, "nbf", "yesterday")),
                "nbf claim is not a number");
        refused("shc:/" + "56".repeat(5000), "longer than 8 KiB");
    }

    @Test
    void refusesAZipBomb() {
        byte[] bomb = TestCertificates.deflate(new byte[1024 * 1024]);
        String card = TestCertificates.shc(
                TestCertificates.jws(ISSUER_KEY.getPrivate(), TestCertificates.shcHeader("k"), bomb));
        assertThat(card.length()).isLessThan(CertificateDecoder.MAX_SCANNED_CHARS);
        refused(card, "inflates to more than 64 KiB");
    }

    @Test
    void errorsNeverEchoThePayload() {
        byte[] notJson = TestCertificates.deflate("{\"iss\": Anyperson}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> trusted.decoder()
                        .decode(TestCertificates.shc(TestCertificates.jws(
                                ISSUER_KEY.getPrivate(), TestCertificates.shcHeader("k"), notJson))))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("certificate: the JWS payload is not well-formed JSON");
    }

    void refused(String scanned, String reason) {
        assertThatThrownBy(() -> trusted.decoder().decode(scanned))
                .as(reason)
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.code()).isEqualTo("3001");
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.field()).isEqualTo("certificate");
                })
                .hasMessageContaining(reason);
    }

    static String jws(String shc) {
        return ShcNumeric.decode(shc.substring("shc:/".length()));
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SmartHealthCardsTest.class.getResourceAsStream("/certificate/" + name)) {
            return in.readAllBytes();
        }
    }
}
