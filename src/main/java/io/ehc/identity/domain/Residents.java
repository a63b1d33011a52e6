package io.ehc.identity.domain;

import io.ehc.identity.MasterIndex;
import java.util.List;
import java.util.Optional;

/** The master index store. Implementations seal personal data at rest. */
public interface Residents {
    /**
     * Stores the resident unless one with the same document exists; returns the master index that holds the
     * document, which is the new one only when this call created it. Safe under concurrent calls.
     */
    MasterIndex addIfAbsent(Resident resident);

    Optional<Resident> find(MasterIndex masterIndex);

    /** The residents of these master indexes that exist, in no particular order. */
    List<Resident> findAll(java.util.Collection<MasterIndex> masterIndexes);

    Optional<MasterIndex> findByDocument(DocumentType type, String number);

    List<MasterIndex> findByPhone(String phone);

    /** Replaces the resident's mobile number; false when there is no such resident. */
    boolean changePhone(MasterIndex masterIndex, MobilePhone phone);

    /** Adds an active binding; false when the member is already bound to the owner. */
    boolean bind(FamilyBinding binding, String by);

    /** Ends an active binding; false when there was none. */
    boolean unbind(MasterIndex owner, MasterIndex member, String reason, String by);

    List<FamilyBinding> activeBindings(MasterIndex owner);
}
