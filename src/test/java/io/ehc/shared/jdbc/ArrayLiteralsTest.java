package io.ehc.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrayLiteralsTest {
    @Test
    void elementsAreQuotedTextWithQuotesAndBackslashesEscapedAndNullsBare() {
        assertThat(ArrayLiterals.element(null)).isEqualTo("NULL");
        assertThat(ArrayLiterals.element("NULL")).isEqualTo("\"NULL\"");
        assertThat(ArrayLiterals.element(true)).isEqualTo("\"t\"");
        assertThat(ArrayLiterals.element(42)).isEqualTo("\"42\"");
        assertThat(ArrayLiterals.element("门诊 \"一\"\\{,}\n")).isEqualTo("\"门诊 \\\"一\\\"\\\\{,}\n\"");
        assertThat(ArrayLiterals.element(Timestamp.from(Instant.parse("2026-11-25T01:02:03.456Z"))))
                .isEqualTo("\"2026-11-25T01:02:03.456Z\"");
    }

    @Test
    void anArrayJoinsItsElementsInBraces() {
        assertThat(ArrayLiterals.of(List.of("\"a\"", "NULL", "\"b,c\""), 16)).isEqualTo("{\"a\",NULL,\"b,c\"}");
        assertThat(ArrayLiterals.of(List.of(), 0)).isEqualTo("{}");
    }
}
