package io.ehc.identity.domain;

import java.util.List;

/**
 * The master index written in bulk, for imports: residents are encoded (personal data sealed, blind indexes
 * computed) on any thread, then added in large batches by a single writer. A resident whose document is already
 * registered, or repeated within a batch, adds nothing; the existing record is neither compared nor changed.
 */
public interface BulkResidents {
    /** A resident ready to be written, its personal data already sealed. Holds nothing in clear. */
    interface Encoded {}

    /** Seals and blind-indexes one resident; safe to call from several threads. */
    Encoded encode(Resident resident);

    /** Adds, in one transaction, the residents whose document is not yet registered; returns those added. */
    List<io.ehc.identity.MasterIndex> addAbsent(List<Encoded> batch);
}
