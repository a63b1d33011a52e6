package io.ehc.scan.domain;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The append-only audit of scans. */
public interface ScanAudit {
    /** Appends a record; the future completes once it is durable. */
    CompletableFuture<Void> append(ScanRecord record);

    /** The scans that named this resident, newest first. */
    List<ScanRecord> ofResident(String masterIndex, Instant from, int limit);
}
