package io.ehc.identity.application;

import io.ehc.shared.error.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/** One line of RFC 4180 CSV: fields separated by commas, optionally in double quotes with {@code ""} for a quote. */
final class CsvLine {
    private CsvLine() {}

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(10);
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) throw new InvalidInput("row", "has a quoted field without its closing quote");
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else break;
                    } else field.append(c);
                }
                if (i < n && line.charAt(i) != ',') throw new InvalidInput("row", "has text after a closing quote");
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                field.append(line, i, end);
                i = end;
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= n) return fields;
            i++; // the comma
        }
    }
}
