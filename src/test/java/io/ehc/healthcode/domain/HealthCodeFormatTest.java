package io.ehc.healthcode.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.healthcode.CodeRefused;
import org.junit.jupiter.api.Test;

class HealthCodeFormatTest {
    static final String ID = "98FF9F2C05145CB9305E9D8A57E072BB51180CA49E5BE5E9D41BCE3A9A571928";
    static final String BLOCK = "0123456789ABCDEF0123456789ABCDEF";

    @Test
    void readsTheNationalForms() {
        assertThat(HealthCodeFormat.parse(ID + ":1")).isEqualTo(new ParsedCode.Static(ID, "1", null, null));
        assertThat(HealthCodeFormat.parse(ID + ":9")).isEqualTo(new ParsedCode.Static(ID, "9", null, null));
        assertThat(HealthCodeFormat.parse(ID + ":0:" + BLOCK)).isEqualTo(new ParsedCode.Dynamic(ID, BLOCK, null));
        assertThat(HealthCodeFormat.parse(ID + ":0:" + BLOCK + "::43000000001"))
                .isEqualTo(new ParsedCode.Dynamic(ID, BLOCK, "43000000001"));
    }

    @Test
    void readsWhatItWrites() {
        assertThat(HealthCodeFormat.parse(HealthCodeFormat.statik(ID, "1", BLOCK, "43000000001")))
                .isEqualTo(new ParsedCode.Static(ID, "1", BLOCK, "43000000001"));
    }

    @Test
    void refusesMalformedCodesWith3001() {
        String[] bad = {
            "",
            "hello",
            ID,
            ID + ":2",
            ID.substring(1) + ":1",
            ID + ":0:" + BLOCK.substring(2),
            ID + ":0:" + BLOCK + ":x:43000000001",
            ID + ":0:" + BLOCK + "::4300",
            ID + ":1:" + BLOCK,
            "Z".repeat(257)
        };
        for (String code : bad) {
            assertThatThrownBy(() -> HealthCodeFormat.parse(code))
                    .as(code)
                    .isInstanceOf(CodeRefused.class)
                    .extracting(e -> ((CodeRefused) e).code())
                    .isEqualTo("3001");
        }
    }
}
