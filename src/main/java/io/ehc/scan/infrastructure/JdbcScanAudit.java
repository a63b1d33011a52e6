package io.ehc.scan.infrastructure;

import io.ehc.scan.domain.CodeKind;
import io.ehc.scan.domain.ScanAudit;
import io.ehc.scan.domain.ScanPurpose;
import io.ehc.scan.domain.ScanRecord;
import io.ehc.shared.jdbc.GroupCommitWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Scan audit records appended through the group-commit writer (one commit for many scans), read by resident. */
@Repository
class JdbcScanAudit implements ScanAudit {
    private static final List<String> COLUMNS = List.of(
            "scan_id",
            "scanned_at",
            "terminal_id",
            "institution_code",
            "purpose",
            "kind",
            "variant",
            "routed_to",
            "outcome",
            "master_index",
            "ehc_id",
            "reference");
    private static final GroupCommitWriter.CopyTarget SCAN_AUDIT =
            new GroupCommitWriter.CopyTarget("scan_audit", COLUMNS);

    private final JdbcTemplate jdbc;
    private final GroupCommitWriter writer;

    JdbcScanAudit(JdbcTemplate jdbc, GroupCommitWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @Override
    public CompletableFuture<Void> append(ScanRecord r) {
        Object[] row = {
            r.scanId(),
            Timestamp.from(r.scannedAt()),
            r.terminalId(),
            r.institutionCode(),
            r.purpose().name(),
            r.kind().name(),
            r.variant(),
            r.routedTo(),
            r.outcome(),
            r.masterIndex(),
            r.ehcId(),
            r.reference()
        };
        return writer.submit(List.of(SCAN_AUDIT.row(row)));
    }

    @Override
    public List<ScanRecord> ofResident(String masterIndex, Instant from, int limit) {
        return jdbc.query("""
                select * from scan_audit where master_index = ? and scanned_at >= ?
                order by scanned_at desc limit ?
                """, JdbcScanAudit::map, masterIndex, Timestamp.from(from), limit);
    }

    private static ScanRecord map(ResultSet rs, int row) throws SQLException {
        return new ScanRecord(
                rs.getObject("scan_id", UUID.class),
                rs.getTimestamp("scanned_at").toInstant(),
                rs.getString("terminal_id"),
                rs.getString("institution_code"),
                ScanPurpose.valueOf(rs.getString("purpose")),
                CodeKind.valueOf(rs.getString("kind")),
                rs.getString("variant"),
                rs.getString("outcome"),
                rs.getString("master_index"),
                rs.getString("ehc_id"),
                rs.getString("reference"));
    }
}
