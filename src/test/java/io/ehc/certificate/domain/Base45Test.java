package io.ehc.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9285 §4.3 examples and strict refusal of everything else. */
class Base45Test {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"AB|BB8", "Hello!!|%69 VD92EX0", "base-45|UJCLQE7W581", "ietf!|QED8WEX0"})
    void encodesAndDecodesTheRfcExamples(String text, String base45) {
        assertThat(Base45.encode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(base45);
        assertThat(new String(Base45.decode(base45), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void roundTripsAnyBytes() {
        Random random = new Random(9285);
        for (int n = 0; n < 200; n++) {
            byte[] data = new byte[random.nextInt(64)];
            random.nextBytes(data);
            assertThat(Base45.decode(Base45.encode(data))).isEqualTo(data);
        }
        assertThat(Base45.decode("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GGW", "::"})
    void refusesGroupsAboveTheirByteRange(String text) {
        assertThatThrownBy(() -> Base45.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceeds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bb8", "BB8=A", "BB#", "BB\u00e9"})
    void refusesCharactersOutsideTheAlphabet(String text) {
        assertThatThrownBy(() -> Base45.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the base45 alphabet");
    }

    @Test
    void refusesADanglingCharacter() {
        assertThatThrownBy(() -> Base45.decode("BB8A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dangling");
    }
}
