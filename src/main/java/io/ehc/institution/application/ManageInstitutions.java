package io.ehc.institution.application;

import io.ehc.institution.InstitutionLookup;
import io.ehc.institution.InstitutionView;
import io.ehc.institution.Terminal;
import io.ehc.institution.domain.Institutions;
import io.ehc.shared.Channel;
import io.ehc.shared.crypto.Hex;
import io.ehc.shared.error.Conflict;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import io.ehc.shared.region.Regions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administration of institutions, departments and terminals. A terminal's secret is returned once, at creation. */
@Service
public class ManageInstitutions implements InstitutionLookup {
    /** A new terminal with the secret it signs with; the secret is not shown again. */
    public record NewTerminal(Terminal terminal, String secret) {}

    private static final Set<String> TYPES = Set.of("HOSPITAL", "CLINIC", "PHARMACY");
    private final SecureRandom random = new SecureRandom();
    private final Institutions store;
    private final Regions regions;
    private final Clock clock;
    private final TerminalCredentials credentials;

    ManageInstitutions(Institutions store, Regions regions, Clock clock, TerminalCredentials credentials) {
        this.store = store;
        this.regions = regions;
        this.clock = clock;
        this.credentials = credentials;
    }

    @Transactional
    public InstitutionView addInstitution(String code, String name, int grade, String type, String region) {
        if (!code.matches("[0-9A-Z]{6,30}"))
            throw new InvalidInput("code", "must be 6-30 upper-case letters or digits");
        String n = name.strip();
        if (n.isEmpty() || n.length() > 100) throw new InvalidInput("name", "must be 1-100 characters");
        if (grade < 0 || grade > 3) throw new InvalidInput("grade", "must be 1, 2 or 3 (0 for ungraded)");
        if (!TYPES.contains(type)) throw new InvalidInput("type", "must be HOSPITAL, CLINIC or PHARMACY");
        if (!regions.exists(region) || region.endsWith("0000"))
            throw new InvalidInput("region", "must be a prefecture or county of GB/T 2260");
        InstitutionView i = new InstitutionView(code, n, grade, type, region);
        if (!store.addInstitution(i, clock.instant()))
            throw new Conflict(ErrorCodes.CONFLICT, "an institution with this code exists");
        return i;
    }

    @Transactional
    public void addDepartment(String institution, String code, String name) {
        require(institution);
        if (!code.matches("[0-9]{4}")) throw new InvalidInput("code", "must be 4 digits");
        String n = name.strip();
        if (n.isEmpty() || n.length() > 100) throw new InvalidInput("name", "must be 1-100 characters");
        if (!store.addDepartment(institution, code, n))
            throw new Conflict(ErrorCodes.CONFLICT, "the department exists");
    }

    @Transactional
    public NewTerminal addTerminal(String institution, String department, String channel, String name) {
        require(institution);
        Channel.ofCode(channel);
        if (!store.hasDepartment(institution, department)) throw new NotFound("no such department");
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        random.nextBytes(id);
        random.nextBytes(secret);
        Terminal t = new Terminal(
                "tk_" + Hex.encode(id).toLowerCase(java.util.Locale.ROOT),
                institution,
                department,
                channel,
                name.strip().isEmpty() ? department : name.strip(),
                "ACTIVE",
                clock.instant(),
                null);
        String s = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        store.addTerminal(t, s);
        return new NewTerminal(t, s);
    }

    @Transactional
    public void revokeTerminal(String keyId) {
        if (!store.revoke(keyId, clock.instant())) throw new NotFound("no active terminal with this key");
        credentials.forget(keyId);
    }

    public List<InstitutionView> all() {
        return store.all();
    }

    public List<Map<String, Object>> departments(String institution) {
        require(institution);
        return store.departments(institution);
    }

    public List<Terminal> terminals(String institution) {
        require(institution);
        return store.terminals(institution);
    }

    @Override
    public Optional<InstitutionView> find(String code) {
        return store.find(code);
    }

    @Override
    public List<InstitutionView> within(String regionPrefix) {
        if (!regionPrefix.matches("[0-9]{0,6}")) throw new InvalidInput("region", "must be a GB/T 2260 prefix");
        return store.within(regionPrefix);
    }

    @Override
    public boolean hasDepartment(String institutionCode, String departmentCode) {
        return store.hasDepartment(institutionCode, departmentCode);
    }

    @Override
    public Optional<io.ehc.institution.TerminalPrincipal> activeTerminal(String keyId) {
        return store.terminalWithSecret(keyId)
                .map(Map.Entry::getKey)
                .filter(t -> t.status().equals("ACTIVE"))
                .flatMap(t -> store.find(t.institutionCode())
                        .map(i -> new io.ehc.institution.TerminalPrincipal(
                                t.keyId(),
                                t.institutionCode(),
                                t.departmentCode(),
                                t.channel(),
                                i.region(),
                                i.grade())));
    }

    private InstitutionView require(String code) {
        return store.find(code).orElseThrow(() -> new NotFound(ErrorCodes.NOT_FOUND, "no such institution"));
    }
}
