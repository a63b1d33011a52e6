package io.ehc.identity;

import java.util.List;
import java.util.Optional;

/** Questions other modules ask the master index. */
public interface ResidentLookup {
    Optional<ResidentSummary> summary(MasterIndex masterIndex);

    /** The identity document in clear; only for derivations that the national spec defines over it. */
    Optional<IdentityDocument> document(MasterIndex masterIndex);

    /** Documents and home regions of many residents at once (bulk card issuance); those without a document are left out. */
    List<DocumentedResident> documents(java.util.Collection<MasterIndex> masterIndexes);

    Optional<MasterIndex> findByDocument(String type, String number);

    /** Residents registered with this mobile number, earliest first. */
    List<MasterIndex> findByPhone(String phone);
}
