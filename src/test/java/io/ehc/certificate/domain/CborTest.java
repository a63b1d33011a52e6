package io.ehc.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8949 Appendix A examples of the subset COSE and the EU DCC use, and strict refusals. */
class CborTest {
    static Object decode(String hex) {
        return Cbor.decode(HexFormat.of().parseHex(hex));
    }

    @Test
    void readsTheAppendixAExamples() {
        assertThat(decode("00")).isEqualTo(0L);
        assertThat(decode("17")).isEqualTo(23L);
        assertThat(decode("1818")).isEqualTo(24L);
        assertThat(decode("1903e8")).isEqualTo(1000L);
        assertThat(decode("1a000f4240")).isEqualTo(1_000_000L);
        assertThat(decode("1b000000e8d4a51000")).isEqualTo(1_000_000_000_000L);
        assertThat(decode("20")).isEqualTo(-1L);
        assertThat(decode("3903e7")).isEqualTo(-1000L);
        assertThat(decode("390103")).isEqualTo(-260L);
        assertThat(decode("40")).isEqualTo(new byte[0]);
        assertThat(decode("4401020304")).isEqualTo(new byte[] {1, 2, 3, 4});
        assertThat(decode("6449455446")).isEqualTo("IETF");
        assertThat(decode("62c3bc")).isEqualTo("\u00fc");
        assertThat(decode("83010203")).isEqualTo(List.of(1L, 2L, 3L));
        assertThat(decode("a201020304")).isEqualTo(Map.of(1L, 2L, 3L, 4L));
        assertThat(decode("a26161016162820203")).isEqualTo(Map.of("a", 1L, "b", List.of(2L, 3L)));
        assertThat(decode("f4")).isEqualTo(false);
        assertThat(decode("f5")).isEqualTo(true);
        assertThat(decode("f6")).isNull();
        assertThat(decode("f7")).isNull();
        assertThat(decode("f93c00")).isEqualTo(1.0);
        assertThat(decode("f97bff")).isEqualTo(65504.0);
        assertThat(decode("f90001")).isEqualTo(5.960464477539063e-8);
        assertThat(decode("fa47c35000")).isEqualTo(100000.0);
        assertThat(decode("fb3ff199999999999a")).isEqualTo(1.1);
        assertThat(decode("c074323031332d30332d32315432303a30343a30305a"))
                .isEqualTo(new Cbor.Tagged(0, "2013-03-21T20:04:00Z"));
    }

    @Test
    void readsIndefiniteLengths() {
        assertThat(decode("5f42010243030405ff")).isEqualTo(new byte[] {1, 2, 3, 4, 5});
        assertThat(decode("7f657374726561646d696e67ff")).isEqualTo("streaming");
        assertThat(decode("9fff")).isEqualTo(List.of());
        assertThat(decode("9f018202039f0405ffff")).isEqualTo(List.of(1L, List.of(2L, 3L), List.of(4L, 5L)));
        assertThat(decode("bf61610161629f0203ffff")).isEqualTo(Map.of("a", 1L, "b", List.of(2L, 3L)));
    }

    @Test
    void keepsTheOrderOfMapKeys() {
        Object map = decode("a3036161016162026163");
        assertThat(List.copyOf(((Map<?, ?>) map).keySet())).isEqualTo(List.of(3L, 1L, 2L));
    }

    @ParameterizedTest
    @CsvSource({
        "'', the input ends inside an item",
        "0000, bytes follow the end",
        "1903, the input ends inside an item",
        "1bffffffffffffffff, does not fit in 64 signed bits",
        "3bffffffffffffffff, does not fit in 64 signed bits",
        "5affffffff00, larger than the remaining input",
        "9bffffffffffffffff00, larger than the remaining input",
        "83010203ff, bytes follow the end",
        "a201020103, repeats a key",
        "a2616101616102, repeats a key",
        "a1400102, neither an integer nor text",
        "62c328, not valid UTF-8",
        "1c, reserved additional information",
        "ff, a break code outside",
        "8201ff, a break code outside",
        "5f6161ff, a chunk of another type",
        "df00, cannot have an indefinite length",
        "f0, simple value 16",
        "f820, simple value 24"
    })
    void refusesMalformedInputWithAReason(String hex, String reason) {
        assertThatThrownBy(() -> decode(hex))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed CBOR: ")
                .hasMessageContaining(reason);
    }

    @Test
    void refusesDeepNesting() {
        String deep = "81".repeat(Cbor.MAX_DEPTH + 1) + "00";
        assertThatThrownBy(() -> decode(deep)).hasMessageContaining("nested deeper");
        assertThat(decode("81".repeat(Cbor.MAX_DEPTH) + "00")).isNotNull();
    }

    @Test
    void encodesThePreferredSerialisationAndReadsItBack() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(1, "AT");
        map.put(4, 1_700_000_000L);
        map.put(-260, Map.of(1, Map.of("ver", "1.3.0")));
        map.put(-7, new byte[] {1, 2});
        map.put(5, List.of(true, false));
        byte[] encoded = Cbor.encode(map);
        assertThat(HexFormat.of().formatHex(encoded))
                .startsWith("a5" + "01" + "624154" + "04" + "1a6553f100" + "390103" + "a101a1");
        Map<?, ?> back = (Map<?, ?>) Cbor.decode(encoded);
        assertThat(back.get(1L)).isEqualTo("AT");
        assertThat(back.get(4L)).isEqualTo(1_700_000_000L);
        assertThat(back.get(-7L)).isEqualTo(new byte[] {1, 2});
        assertThat(HexFormat.of().formatHex(Cbor.encode(new Cbor.Tagged(18, List.of()))))
                .isEqualTo("d280");
        assertThat(HexFormat.of().formatHex(Cbor.encode(-1000))).isEqualTo("3903e7");
        assertThat(HexFormat.of().formatHex(Cbor.encode(1.1))).isEqualTo("fb3ff199999999999a");
    }
}
