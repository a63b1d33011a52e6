package io.ehc.institution.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NonceFormatTest {
    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijklmnop", "ABCDEFGHIJ0123456789_-xyz", "c12_0a1b2c3d4e5f_123456"})
    void acceptsSixteenToSixtyFourLettersDigitsUnderscoresAndDashes(String nonce) {
        assertThat(TerminalCredentials.validNonce(nonce)).isTrue();
        assertThat(TerminalCredentials.validNonce("a".repeat(64))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "short", "abcdefghijklmno", "abcdefghijklmnop!", "abcdefghijklmnop qr", "abcdefghijklmnopé"})
    void refusesOtherNonces(String nonce) {
        assertThat(TerminalCredentials.validNonce(nonce)).isFalse();
        assertThat(TerminalCredentials.validNonce("a".repeat(65))).isFalse();
    }

    @Test
    void agreesWithTheDocumentedPatternOnRandomTexts() {
        Random random = new Random(42);
        String alphabet = "aZ09_-!. é\t/";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(70);
            for (int j = 0; j < length; j++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String nonce = b.toString();
            assertThat(TerminalCredentials.validNonce(nonce))
                    .as(nonce)
                    .isEqualTo(nonce.matches("[A-Za-z0-9_-]{16,64}"));
        }
    }
}
