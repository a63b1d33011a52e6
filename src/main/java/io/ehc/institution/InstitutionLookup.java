package io.ehc.institution;

import java.util.List;
import java.util.Optional;

public interface InstitutionLookup {
    Optional<InstitutionView> find(String code);

    /** Institutions whose region starts with the prefix (GB/T 2260: 2 digits a province, 4 a city), by code. */
    List<InstitutionView> within(String regionPrefix);

    boolean hasDepartment(String institutionCode, String departmentCode);
}
