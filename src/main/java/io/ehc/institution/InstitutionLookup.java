package io.ehc.institution;

import java.util.Optional;

public interface InstitutionLookup {
    Optional<InstitutionView> find(String code);

    boolean hasDepartment(String institutionCode, String departmentCode);
}
