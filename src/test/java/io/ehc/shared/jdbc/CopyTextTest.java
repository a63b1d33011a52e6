package io.ehc.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CopyTextTest {
    static String text(Object v) {
        StringBuilder b = new StringBuilder();
        CopyRows.appendValue(b, v);
        return b.toString();
    }

    @Test
    void writesPostgresCopyTextFormat() {
        assertThat(text(null)).isEqualTo("\\N");
        assertThat(text(true)).isEqualTo("t");
        assertThat(text("a\tb\nc\\d\re")).isEqualTo("a\\tb\\nc\\\\d\\re");
        assertThat(text(Timestamp.from(Instant.parse("2026-11-25T01:02:03.456Z"))))
                .isEqualTo("2026-11-25T01:02:03.456Z");
        assertThat(text(42)).isEqualTo("42");
    }

    @Test
    void aLineIsTheRowsValuesSeparatedByTabsInUtf8WithItsLineEnd() {
        byte[] line = CopyRows.line(new Object[] {7, "门诊\t一", null, false});
        assertThat(new String(line, StandardCharsets.UTF_8)).isEqualTo("7\t门诊\\t一\t\\N\tf\n");
    }
}
