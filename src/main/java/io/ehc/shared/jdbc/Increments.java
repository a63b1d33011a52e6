package io.ehc.shared.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counter increments summed in memory and applied with one statement per counter table: the way rollups stay exact
 * in the transaction of the rows they count without a statement (or a hot-row update) per row.
 *
 * <p>A key is a list of text columns. {@link #applyTo} runs each SQL once, binding one {@code text[]} per key column
 * (in key order) and a last {@code bigint[]} of the sums; the SQL unnests them, casts, and upserts with
 * {@code on conflict ... do update set n = t.n + excluded.n}, its rows ordered by key so that concurrent transactions take
 * the counter rows' locks in the same order and cannot deadlock on them. The statements run in the order of their SQL
 * text, the same in every transaction, for the same reason.
 */
public final class Increments {
    /** Separates key columns; key values never contain it (codes, region codes, timestamps). */
    static final char SEPARATOR = '\u001f';

    private final Map<String, HashMap<String, long[]>> bySql = new TreeMap<>();

    /** The joined form of a key, as {@link GroupCommitWriter.Write#increment} carries it. */
    static String key(String... columns) {
        StringBuilder b = new StringBuilder(64);
        for (int i = 0; i < columns.length; i++) {
            String c = columns[i];
            if (c.indexOf(SEPARATOR) >= 0) throw new IllegalArgumentException("a key column contains the separator");
            if (i > 0) b.append(SEPARATOR);
            b.append(c);
        }
        return b.toString();
    }

    public Increments add(String sql, long by, String... key) {
        return addJoined(sql, key(key), by);
    }

    Increments addJoined(String sql, String joinedKey, long by) {
        bySql.computeIfAbsent(sql, s -> new HashMap<>()).computeIfAbsent(joinedKey, k -> new long[1])[0] += by;
        return this;
    }

    public boolean isEmpty() {
        return bySql.isEmpty();
    }

    /** Applies the sums, one statement per SQL; call inside the transaction that writes the counted rows. */
    public void applyTo(JdbcTemplate jdbc) {
        bySql.forEach((sql, sums) -> apply(jdbc, sql, sums));
    }

    /** One counter table's statement and what it binds: a {@code text[]} per key column, then the sums. */
    record Summed(String sql, String[][] keyColumns, Long[] totals) {
        /** Binds the arrays from parameter {@code first} on; returns the next free parameter index. */
        int bind(PreparedStatement ps, int first) throws SQLException {
            int at = first;
            for (String[] column : keyColumns)
                ps.setArray(at++, ps.getConnection().createArrayOf("text", column));
            ps.setArray(at++, ps.getConnection().createArrayOf("bigint", totals));
            return at;
        }
    }

    /** The statements with their arrays, in the order of their SQL text (the order that avoids deadlocks). */
    List<Summed> summed() {
        List<Summed> out = new java.util.ArrayList<>(bySql.size());
        bySql.forEach((sql, sums) -> {
            if (!sums.isEmpty()) out.add(summed(sql, sums));
        });
        return out;
    }

    private static Summed summed(String sql, HashMap<String, long[]> sums) {
        int columns = split(sums.keySet().iterator().next()).size();
        String[][] arrays = new String[columns][sums.size()];
        Long[] totals = new Long[sums.size()];
        int row = 0;
        for (Map.Entry<String, long[]> e : sums.entrySet()) {
            List<String> parts = split(e.getKey());
            if (parts.size() != columns) throw new IllegalArgumentException("keys of one SQL differ in length");
            for (int c = 0; c < columns; c++) arrays[c][row] = parts.get(c);
            totals[row++] = e.getValue()[0];
        }
        return new Summed(sql, arrays, totals);
    }

    private static void apply(JdbcTemplate jdbc, String sql, HashMap<String, long[]> sums) {
        if (sums.isEmpty()) return;
        Summed summed = summed(sql, sums);
        jdbc.execute(sql, (PreparedStatement ps) -> {
            summed.bind(ps, 1);
            ps.executeUpdate();
            return null;
        });
    }

    private static List<String> split(String joined) {
        List<String> parts = new java.util.ArrayList<>(8);
        int start = 0;
        for (int i = 0; i < joined.length(); i++) {
            if (joined.charAt(i) == SEPARATOR) {
                parts.add(joined.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(joined.substring(start));
        return parts;
    }
}
