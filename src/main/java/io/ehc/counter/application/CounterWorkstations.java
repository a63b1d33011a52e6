package io.ehc.counter.application;

import io.ehc.account.StaffPrincipal;
import io.ehc.counter.domain.TerminalBinding;
import io.ehc.counter.domain.Workstation;
import io.ehc.institution.InstitutionLookup;
import io.ehc.institution.InstitutionView;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Finds the workstation of a signed-in staff member: the terminal their account is bound to, checked at every request. */
@Service
public class CounterWorkstations {
    /** The workstation, or why the staff member has none. */
    public record Seat(@Nullable Workstation workstation, TerminalBinding.@Nullable Missing missing) {}

    private final InstitutionLookup institutions;

    CounterWorkstations(InstitutionLookup institutions) {
        this.institutions = institutions;
    }

    public Seat of(StaffPrincipal staff) {
        String key = staff.terminalKeyId();
        TerminalBinding.Outcome outcome = TerminalBinding.check(
                staff.institutionCode(), key, key == null ? Optional.empty() : institutions.activeTerminal(key));
        if (outcome.terminal() == null) return new Seat(null, outcome.missing());
        String name = institutions
                .find(outcome.terminal().institutionCode())
                .map(InstitutionView::name)
                .orElse(outcome.terminal().institutionCode());
        return new Seat(new Workstation(staff.username(), staff.displayName(), name, outcome.terminal()), null);
    }
}
