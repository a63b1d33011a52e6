package io.ehc.institution;

import java.util.List;
import java.util.Optional;

public interface InstitutionLookup {
    Optional<InstitutionView> find(String code);

    /** Institutions whose region starts with the prefix (GB/T 2260: 2 digits a province, 4 a city), by code. */
    List<InstitutionView> within(String regionPrefix);

    boolean hasDepartment(String institutionCode, String departmentCode);

    /**
     * The active terminal with this key, as a signed request of it would be authenticated; empty for an unknown or
     * revoked key. For callers that act as a terminal in-process (the counter console, bound to the terminal of its
     * staff member); it checks no signature, so the caller must have authenticated whoever acts.
     */
    Optional<TerminalPrincipal> activeTerminal(String keyId);
}
