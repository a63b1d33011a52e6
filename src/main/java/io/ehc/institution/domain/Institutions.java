package io.ehc.institution.domain;

import io.ehc.institution.InstitutionView;
import io.ehc.institution.Terminal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Store of institutions, departments and terminals; terminal secrets are sealed at rest. */
public interface Institutions {
    boolean addInstitution(InstitutionView institution, Instant at);

    Optional<InstitutionView> find(String code);

    List<InstitutionView> all();

    List<InstitutionView> within(String regionPrefix);

    boolean addDepartment(String institution, String code, String name);

    List<Map<String, Object>> departments(String institution);

    boolean hasDepartment(String institution, String code);

    void addTerminal(Terminal terminal, String secret);

    Optional<Map.Entry<Terminal, String>> terminalWithSecret(String keyId);

    List<Terminal> terminals(String institution);

    boolean revoke(String keyId, Instant at);
}
