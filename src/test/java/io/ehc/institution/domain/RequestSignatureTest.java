package io.ehc.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {
    @Test
    void signsTheCanonicalRequestAndDetectsAnyChange() {
        byte[] body = "{\"code\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        String canonical = RequestSignature.canonical(
                "POST", "/api/terminal/v1/verify", "1764057600000", "n0nce-n0nce-n0nce", body);
        String sig = RequestSignature.sign("secret", canonical);
        assertThat(RequestSignature.matches("secret", canonical, sig)).isTrue();
        assertThat(RequestSignature.matches("secret", canonical, sig.toLowerCase()))
                .isTrue();
        assertThat(RequestSignature.matches("other", canonical, sig)).isFalse();
        String changed = RequestSignature.canonical(
                "POST",
                "/api/terminal/v1/verify",
                "1764057600000",
                "n0nce-n0nce-n0nce",
                "{\"code\":\"y\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(RequestSignature.matches("secret", changed, sig)).isFalse();
        assertThat(RequestSignature.matches("secret", canonical, "not-hex")).isFalse();
    }
}
