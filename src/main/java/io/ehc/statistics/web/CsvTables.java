package io.ehc.statistics.web;

import io.ehc.statistics.domain.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A figure table as CSV (RFC 4180): UTF-8 with a byte-order mark, so that Excel opens Chinese names correctly, a header
 * line of the column names, CRLF line ends. Text that a spreadsheet would take for a formula is prefixed with an
 * apostrophe.
 */
final class CsvTables {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTables() {}

    static byte[] write(Table table) {
        StringBuilder b = new StringBuilder(64 + table.rows().size() * 48);
        line(b, List.copyOf(table.columns()));
        for (List<@Nullable Object> row : table.rows()) line(b, row);
        byte[] text = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static void line(StringBuilder b, List<? extends @Nullable Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            b.append(cell(cells.get(i)));
        }
        b.append("\r\n");
    }

    static String cell(@Nullable Object value) {
        if (value == null) return "";
        if (value instanceof Number) return value.toString();
        String s = value.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)
            return '"' + s.replace("\"", "\"\"") + '"';
        return s;
    }
}
