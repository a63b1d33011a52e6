package io.ehc.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.statistics.domain.Table;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTablesTest {
    @Test
    void writesUtf8WithAByteOrderMarkAHeaderAndCrlfLines() {
        Table t = new Table.Builder("uses", "period", "key", "name", "uses")
                .row("2026-11", "430100", "长沙市", 12L)
                .row("", "", null, 0L)
                .build();
        byte[] csv = CsvTables.write(t);
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("period,key,name,uses\r\n2026-11,430100,长沙市,12\r\n,,,0\r\n");
    }

    @Test
    void quotesSeparatorsAndDefusesFormulas() {
        assertThat(CsvTables.cell("湘雅医院, 北院")).isEqualTo("\"湘雅医院, 北院\"");
        assertThat(CsvTables.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvTables.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvTables.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvTables.cell(-3L)).isEqualTo("-3");
        assertThat(CsvTables.cell(0.4812)).isEqualTo("0.4812");
    }
}
