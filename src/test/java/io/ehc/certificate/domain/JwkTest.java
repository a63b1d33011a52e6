package io.ehc.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.certificate.TestCertificates;
import io.ehc.shared.error.InvalidInput;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwkTest {
    static final KeyPair KEY = TestCertificates.es256KeyPair();

    @Test
    void keepsOnlyThePublicMembersAndNamesAKeyWithoutKidByItsThumbprint() {
        Map<String, Object> jwk = TestCertificates.jwk(KEY);
        jwk.remove("kid");
        jwk.put("x5c", "ignored");
        Jwk parsed = Jwk.parse(jwk, "jwk");
        assertThat(parsed.keyId()).isEqualTo(TestCertificates.kid(KEY));
        assertThat(parsed.key()).isEqualTo(KEY.getPublic());
        assertThat(parsed.publicMembers()).containsOnlyKeys("kty", "crv", "x", "y", "kid", "use", "alg");
        assertThat(parsed.json()).startsWith("{\"alg\":\"ES256\",\"crv\":\"P-256\",\"kid\":");
    }

    @Test
    void refusesPrivateKeysOtherCurvesAndPointsOffTheCurve() {
        refused(with("d", "AAAA"), "is a private key");
        refused(with("kty", "RSA"), "kty must be EC");
        refused(with("crv", "P-384"), "crv must be P-256");
        refused(with("alg", "ES384"), "alg must be ES256");
        refused(with("use", "enc"), "use must be sig");
        refused(with("x", "AAAA"), "must be 32 bytes");
        refused(with("y", "not base64!"), "is not base64url");
        refused(with("kid", ""), "kid must be");
        Map<String, Object> offCurve = TestCertificates.jwk(KEY);
        offCurve.put("y", offCurve.get("x"));
        refused(offCurve, "not a point of the P-256 curve");
        Map<String, Object> noX = TestCertificates.jwk(KEY);
        noX.remove("x");
        refused(noX, "jwk.x: is required");
    }

    static Map<String, Object> with(String member, Object value) {
        Map<String, Object> jwk = new LinkedHashMap<>(TestCertificates.jwk(KEY));
        jwk.put(member, value);
        return jwk;
    }

    static void refused(Map<String, Object> jwk, String reason) {
        assertThatThrownBy(() -> Jwk.parse(jwk, "jwk"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("1002"))
                .hasMessageContaining(reason);
    }
}
