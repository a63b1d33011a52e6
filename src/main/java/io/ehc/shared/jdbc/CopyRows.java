package io.ehc.shared.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows in PostgreSQL's text format: appended with {@code COPY … FROM STDIN} in the current transaction (bulk loads), or
 * as array elements for the group commit's {@code INSERT … SELECT FROM unnest(…)} ({@link #arrayElements}).
 */
public final class CopyRows {
    private CopyRows() {}

    /** {@code copySql} is {@code COPY table (columns) FROM STDIN}; each row holds one value per column. */
    public static void copy(JdbcTemplate jdbc, String copySql, List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) appendLine(text, row);
        DataSource ds = jdbc.getDataSource();
        if (ds == null) throw new IllegalStateException("no data source");
        Connection connection = DataSourceUtils.getConnection(ds);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new StringReader(text.toString()));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("COPY failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, ds);
        }
    }

    /** One row in COPY text format with its line end, as {@link #copy} sends it. */
    static void appendLine(StringBuilder text, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) text.append('\t');
            appendValue(text, row[i]);
        }
        text.append('\n');
    }

    /**
     * One row as PostgreSQL array elements, one per column: {@code NULL} or the value's text in double quotes with
     * {@code "} and {@code \} escaped, ready to be joined into an array literal per column (see
     * {@link GroupCommitWriter}). Same texts as a row of {@link #copy}: booleans {@code t}/{@code f}, instants in ISO form.
     */
    public static String[] arrayElements(Object[] row) {
        String[] elements = new String[row.length];
        StringBuilder text = new StringBuilder(96);
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            if (value == null) {
                elements[i] = "NULL";
                continue;
            }
            text.setLength(0);
            text.append('"');
            if (value instanceof Boolean b) text.append(b ? 't' : 'f');
            else if (value instanceof java.sql.Timestamp t) appendInstant(text, t.toInstant());
            else if (value instanceof Instant t) appendInstant(text, t);
            else {
                String v = value.toString();
                for (int j = 0; j < v.length(); j++) {
                    char c = v.charAt(j);
                    if (c == '"' || c == '\\') text.append('\\');
                    text.append(c);
                }
            }
            elements[i] = text.append('"').toString();
        }
        return elements;
    }

    private static final long YEAR_10000 = 253_402_300_800L;
    private static final int[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    /**
     * An instant as {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}, which PostgreSQL reads as a timestamptz: the same value as
     * {@link Instant#toString()}, written without the formatter machinery, which showed in profiles of the verify
     * path (every card use carries two instants). Years outside 1970-9999 go through {@code toString}.
     */
    static void appendInstant(StringBuilder out, Instant t) {
        long seconds = t.getEpochSecond();
        if (seconds < 0 || seconds >= YEAR_10000) {
            out.append(t);
            return;
        }
        LocalDate day = LocalDate.ofEpochDay(seconds / 86_400);
        int second = (int) (seconds % 86_400);
        digits(out, day.getYear(), 4).append('-');
        digits(out, day.getMonthValue(), 2).append('-');
        digits(out, day.getDayOfMonth(), 2).append('T');
        digits(out, second / 3600, 2).append(':');
        digits(out, second / 60 % 60, 2).append(':');
        digits(out, second % 60, 2).append('.');
        digits(out, t.getNano(), 9).append('Z');
    }

    private static StringBuilder digits(StringBuilder out, int value, int width) {
        for (int div = POW10[width - 1]; div > 0; div /= 10) out.append((char) ('0' + value / div % 10));
        return out;
    }

    /** PostgreSQL's COPY text format: {@code \N} for null; backslash, tab, newline and return escaped. */
    static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String s;
        if (value instanceof Boolean b) s = b ? "t" : "f";
        else if (value instanceof java.sql.Timestamp t) {
            appendInstant(out, t.toInstant());
            return;
        } else if (value instanceof Instant t) {
            appendInstant(out, t);
            return;
        } else s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
