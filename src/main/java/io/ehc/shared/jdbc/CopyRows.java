package io.ehc.shared.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** Rows appended with {@code COPY … FROM STDIN} in the current transaction, in PostgreSQL's text format. */
public final class CopyRows {
    private CopyRows() {}

    /** {@code copySql} is {@code COPY table (columns) FROM STDIN}; each row holds one value per column. */
    public static void copy(JdbcTemplate jdbc, String copySql, List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) text.append('\t');
                appendValue(text, row[i]);
            }
            text.append('\n');
        }
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

    /** PostgreSQL's COPY text format: {@code \N} for null; backslash, tab, newline and return escaped. */
    static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String s;
        if (value instanceof Boolean b) s = b ? "t" : "f";
        else if (value instanceof java.sql.Timestamp t) s = t.toInstant().toString();
        else s = value.toString();
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
