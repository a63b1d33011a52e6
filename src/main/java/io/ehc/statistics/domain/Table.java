package io.ehc.statistics.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A figure as a table: what was asked ({@link #query}), named columns and rows of cells (text, whole numbers, or
 * shares as decimals). The same table is answered as JSON and as CSV.
 */
public record Table(String figure, Map<String, Object> query, List<String> columns, List<List<@Nullable Object>> rows) {
    public Table {
        for (List<@Nullable Object> row : rows)
            if (row.size() != columns.size()) throw new IllegalArgumentException("a row does not fit the columns");
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final String figure;
        private final Map<String, Object> query = new LinkedHashMap<>();
        private final List<String> columns;
        private final List<List<@Nullable Object>> rows = new ArrayList<>();

        public Builder(String figure, String... columns) {
            this.figure = figure;
            this.columns = List.of(columns);
        }

        public Builder query(String name, @Nullable Object value) {
            if (value != null) query.put(name, value);
            return this;
        }

        public Builder row(@Nullable Object... cells) {
            rows.add(new ArrayList<>(Arrays.asList(cells)));
            return this;
        }

        public Table build() {
            return new Table(figure, query, columns, rows);
        }
    }

    /** The rows as column-to-cell maps, in column order. */
    public List<Map<String, @Nullable Object>> records() {
        List<Map<String, @Nullable Object>> out = new ArrayList<>(rows.size());
        for (List<@Nullable Object> row : rows) {
            Map<String, @Nullable Object> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) m.put(columns.get(i), row.get(i));
            out.add(m);
        }
        return out;
    }

    /** A share as a decimal rounded to four places (0.4812 = 48.12 %); 0 when there is nothing to share. */
    public static double share(long part, long whole) {
        if (whole <= 0) return 0.0;
        return Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
