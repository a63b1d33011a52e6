package io.ehc.identity.infrastructure;

import io.ehc.identity.MasterIndex;
import io.ehc.identity.domain.BulkResidents;
import io.ehc.identity.domain.Resident;
import io.ehc.shared.crypto.FieldCipher;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Repository;

/**
 * Bulk writes to {@code resident}: each batch is streamed with {@code COPY} into a temporary staging table, then
 * moved with {@code insert ... select ... on conflict (doc_type, doc_blind) do nothing}, so documents already
 * registered (or repeated within the batch) are skipped. Sealing uses the same columns and blind indexes as
 * {@link JdbcResidents}; the COPY rows carry sealed bytes only, never personal data in clear.
 */
@Repository
class CopyResidents implements BulkResidents {
    private static final String STAGING = """
            create temporary table if not exists resident_import (
                master_index char(64), doc_type char(2), doc_blind bytea, doc_sealed bytea, name_sealed bytea,
                phone_sealed bytea, phone_blind bytea, address_sealed bytea, sex char(1), nationality char(2),
                birth_date date, home_region char(6), registered_at timestamptz, registered_by varchar(64)
            ) on commit delete rows
            """;
    private static final String COPY = "copy resident_import from stdin";
    private static final String MOVE = """
            insert into resident (master_index, doc_type, doc_blind, doc_sealed, name_sealed, phone_sealed,
                phone_blind, address_sealed, sex, nationality, birth_date, home_region, temporary,
                registered_at, registered_by)
            select master_index, doc_type, doc_blind, doc_sealed, name_sealed, phone_sealed, phone_blind,
                address_sealed, sex, nationality, birth_date, home_region, false, registered_at, registered_by
            from resident_import
            on conflict (doc_type, doc_blind) where doc_blind is not null do nothing
            returning master_index
            """;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final DataSource dataSource;
    private final FieldCipher cipher;

    CopyResidents(DataSource dataSource, FieldCipher cipher) {
        this.dataSource = dataSource;
        this.cipher = cipher;
    }

    /** One line of COPY text format, ASCII only: sealed columns as {@code \\x} hex. */
    private record CopyLine(byte[] bytes) implements Encoded {}

    @Override
    public Encoded encode(Resident r) {
        if (r.documentType() == null || r.documentNumber() == null || r.phone() == null || r.address() == null)
            throw new IllegalArgumentException("a bulk registration carries a document, a phone and an address");
        String type = r.documentType().code();
        Line line = new Line(768);
        line.text(r.masterIndex().value())
                .text(type)
                .bytea(JdbcResidents.documentBlind(cipher, type, r.documentNumber()))
                .bytea(cipher.seal(JdbcResidents.DOC, r.documentNumber()))
                .bytea(cipher.seal(JdbcResidents.NAME, r.name().value()))
                .bytea(cipher.seal(JdbcResidents.PHONE, r.phone().value()))
                .bytea(cipher.blindIndex(JdbcResidents.PHONE, r.phone().value()))
                .bytea(cipher.seal(JdbcResidents.ADDRESS, r.address()))
                .text(r.sex().code())
                .text(r.nationality().code())
                .text(r.birthDate().toString())
                .text(r.homeRegion())
                .text(r.registeredAt().toString())
                .text(r.registeredBy());
        return new CopyLine(line.end());
    }

    @Override
    public List<MasterIndex> addAbsent(List<Encoded> batch) {
        if (batch.isEmpty()) return List.of();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(STAGING);
                CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
                try {
                    for (Encoded e : batch) {
                        byte[] bytes = ((CopyLine) e).bytes();
                        copy.writeToCopy(bytes, 0, bytes.length);
                    }
                    copy.endCopy();
                } finally {
                    if (copy.isActive()) copy.cancelCopy();
                }
                List<MasterIndex> added = new java.util.ArrayList<>(batch.size());
                try (java.sql.ResultSet rs = s.executeQuery(MOVE)) {
                    while (rs.next()) added.add(new MasterIndex(rs.getString(1)));
                }
                c.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("bulk insert of residents failed: " + e.getSQLState(), e);
        }
    }

    /** Builds a COPY text line; the text columns written here never contain tab, newline or backslash. */
    private static final class Line {
        private byte[] buf;
        private int len;
        private int columns;

        Line(int capacity) {
            buf = new byte[capacity];
        }

        Line text(String s) {
            sep();
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch < 0x20 || ch > 0x7e || ch == '\\')
                    throw new IllegalArgumentException("a COPY text column must be printable ASCII");
                buf[len++] = (byte) ch;
            }
            return this;
        }

        Line bytea(byte[] b) {
            sep();
            ensure(3 + 2 * b.length);
            buf[len++] = '\\';
            buf[len++] = '\\';
            buf[len++] = 'x';
            for (byte x : b) {
                buf[len++] = HEX[(x >> 4) & 0xF];
                buf[len++] = HEX[x & 0xF];
            }
            return this;
        }

        byte[] end() {
            ensure(1);
            buf[len++] = '\n';
            return java.util.Arrays.copyOf(buf, len);
        }

        private void sep() {
            if (columns++ > 0) {
                ensure(1);
                buf[len++] = '\t';
            }
        }

        private void ensure(int more) {
            if (len + more > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
