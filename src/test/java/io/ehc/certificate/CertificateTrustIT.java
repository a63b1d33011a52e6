package io.ehc.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.support.Api;
import io.ehc.support.PlatformIT;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The trust store's administration API on the real database, seen through the HealthCertificates bean. */
class CertificateTrustIT extends PlatformIT {
    @LocalServerPort
    int port;

    @Autowired
    HealthCertificates certificates;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** Every test uses its own issuer, so tests sharing the application context do not meet. */
    static String anIssuer() {
        return "https://issuer-" + UUID.randomUUID() + ".example.org/shc";
    }

    @Test
    void aTrustedShcIssuerVerifiesUntilRevoked() {
        KeyPair key = TestCertificates.es256KeyPair();
        String iss = anIssuer();
        String card = TestCertificates.smartHealthCard(key, iss, "John B. Anyperson", "1951-01-20");
        assertThat(certificates.decode(card).signature()).isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);

        Api.Response added =
                api.admin("POST", "/api/admin/trust/shc-issuers", Map.of("iss", iss, "jwk", TestCertificates.jwk(key)));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        JsonNode entry = added.json().get(0);
        assertThat(entry.path("kind").asString()).isEqualTo("SMART_HEALTH_CARD");
        assertThat(entry.path("issuer").asString()).isEqualTo(iss);
        assertThat(entry.path("keyId").asString()).isEqualTo(TestCertificates.kid(key));
        assertThat(entry.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(entry.path("addedBy").asString()).isEqualTo("admin");

        DecodedCertificate decoded = certificates.decode(card);
        assertThat(decoded.signature()).isEqualTo(SignatureStatus.VERIFIED);
        assertThat(decoded.holderName()).isEqualTo("John B. Anyperson");

        long id = entry.path("id").asLong();
        assertThat(api.admin("POST", "/api/admin/trust/" + id + "/revoke", null).status())
                .isEqualTo(204);
        assertThat(certificates.decode(card).signature()).isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);
        Api.Response again = api.admin("POST", "/api/admin/trust/" + id + "/revoke", null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.isProblem()).isTrue();

        JsonNode listed = find(api.admin("GET", "/api/admin/trust?kind=SMART_HEALTH_CARD", null), id);
        assertThat(listed.path("status").asString()).isEqualTo("REVOKED");
        assertThat(listed.path("revokedBy").asString()).isEqualTo("admin");
        assertThat(listed.path("revokedAt").asString()).isNotBlank();
    }

    @Test
    void aDccSignerCertificateIsTrustedForItsCountry() {
        KeyPair key = TestCertificates.es256KeyPair();
        X509Certificate dsc = TestCertificates.signerCertificate(key, "LU");
        String dcc = TestCertificates.euDcc(key, dsc, "LU", "Erika Mustermann", "1964-08-12");

        Api.Response added =
                api.admin("POST", "/api/admin/trust/dcc-signers", Map.of("certificate", TestCertificates.pem(dsc)));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.json().path("issuer").asString()).isEqualTo("LU");
        assertThat(added.json().path("keyId").asString())
                .isEqualTo(Base64.getEncoder().encodeToString(TestCertificates.kid(dsc)));
        assertThat(added.json().path("description").asString()).contains("C=LU");

        DecodedCertificate decoded = certificates.decode(dcc);
        assertThat(decoded.kind()).isEqualTo(CertificateKind.EU_DCC);
        assertThat(decoded.signature()).isEqualTo(SignatureStatus.VERIFIED);
        assertThat(decoded.summary()).containsExactly("Vaccination 2/2 EU/1/20/1528 2021-06-11");

        Api.Response duplicate =
                api.admin("POST", "/api/admin/trust/dcc-signers", Map.of("certificate", TestCertificates.pem(dsc)));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("4090");

        api.admin("POST", "/api/admin/trust/" + added.json().path("id").asLong() + "/revoke", null);
        assertThat(certificates.decode(dcc).signature()).isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        int before = api.admin("GET", "/api/admin/trust", null).json().size();
        KeyPair key = TestCertificates.es256KeyPair();
        Map<String, Object> privateJwk = new java.util.LinkedHashMap<>(TestCertificates.jwk(key));
        privateJwk.put("d", "c2VjcmV0");
        problem(
                api.admin("POST", "/api/admin/trust/shc-issuers", Map.of("iss", anIssuer(), "jwk", privateJwk)),
                400,
                "1002",
                "private key");
        problem(
                api.admin(
                        "POST",
                        "/api/admin/trust/shc-issuers",
                        Map.of("iss", "http://plain.example.org", "jwk", TestCertificates.jwk(key))),
                400,
                "1002",
                "iss");
        problem(
                api.admin("POST", "/api/admin/trust/shc-issuers", Map.of("jwk", TestCertificates.jwk(key))),
                400,
                "1001",
                "iss");
        problem(
                api.admin("POST", "/api/admin/trust/dcc-signers", Map.of("certificate", "not a certificate")),
                400,
                "1002",
                "certificate");
        problem(api.admin("POST", "/api/admin/trust/dcc-signers", "{\"certificate\":"), 400, "1003", "");
        problem(api.admin("POST", "/api/admin/trust/not-a-number/revoke", null), 400, "1002", "id");

        // A JWKS whose second key is already trusted adds neither.
        String iss = anIssuer();
        KeyPair trusted = TestCertificates.es256KeyPair();
        assertThat(api.admin(
                                "POST",
                                "/api/admin/trust/shc-issuers",
                                Map.of("iss", iss, "jwk", TestCertificates.jwk(trusted)))
                        .status())
                .isEqualTo(201);
        KeyPair fresh = TestCertificates.es256KeyPair();
        problem(
                api.admin(
                        "POST",
                        "/api/admin/trust/shc-issuers",
                        Map.of(
                                "iss",
                                iss,
                                "jwks",
                                Map.of("keys", List.of(TestCertificates.jwk(fresh), TestCertificates.jwk(trusted))))),
                409,
                "4090",
                "already trusted");
        assertThat(certificates
                        .decode(TestCertificates.smartHealthCard(fresh, iss, "A B", "2000-01-01"))
                        .signature())
                .isEqualTo(SignatureStatus.UNVERIFIED_ISSUER);
        assertThat(api.admin("GET", "/api/admin/trust", null).json().size()).isEqualTo(before + 1);
    }

    @Test
    void onlyAdministratorsManageTheTrustStore() {
        Api.Response anonymous = api.anonymous("GET", "/api/admin/trust", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
    }

    @Test
    void undecodableTextIsRefusedWithCode3001() {
        try {
            certificates.decode("HC1:not base45!");
            throw new AssertionError("expected a refusal");
        } catch (io.ehc.shared.error.InvalidInput e) {
            assertThat(e.code()).isEqualTo("3001");
        }
    }

    static JsonNode find(Api.Response list, long id) {
        assertThat(list.status()).isEqualTo(200);
        return list.json()
                .valueStream()
                .filter(e -> e.path("id").asLong() == id)
                .findFirst()
                .orElseThrow();
    }

    static void problem(Api.Response r, int status, String code, String detail) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.contentType()).isTrue();
        assertThat(r.code()).as(r.text()).isEqualTo(code);
        assertThat(r.json().path("detail").asString()).contains(detail);
    }
}
