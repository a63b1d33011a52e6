package io.ehc.counter.web;

import io.ehc.account.StaffPrincipal;
import io.ehc.counter.application.CounterWorkstations;
import io.ehc.counter.domain.Workstation;
import io.ehc.shared.Node;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts the signed-in staff member's workstation (institution, terminal) into every counter page's model; a staff
 * member without a usable terminal gets the page that says so instead of the one asked for.
 */
@Component
class Seats {
    static final String UNBOUND = "counter/unbound";

    private final CounterWorkstations workstations;
    private final Node node;

    Seats(CounterWorkstations workstations, Node node) {
        this.workstations = workstations;
        this.node = node;
    }

    /** A time as the pages show it, in the node's zone. */
    String shown(java.time.Instant at, String pattern) {
        return java.time.format.DateTimeFormatter.ofPattern(pattern)
                .withZone(node.zone())
                .format(at);
    }

    /** The workstation, also added to the model as {@code ws}; null (with {@code missing} in the model) if none. */
    @Nullable
    Workstation seat(Authentication auth, Model model) {
        if (!(auth.getPrincipal() instanceof StaffPrincipal staff)) {
            model.addAttribute("staffName", auth.getName());
            model.addAttribute("missing", "NO_TERMINAL");
            return null;
        }
        model.addAttribute("staffName", staff.displayName());
        CounterWorkstations.Seat seat = workstations.of(staff);
        if (seat.workstation() == null) {
            model.addAttribute("missing", String.valueOf(seat.missing()));
            return null;
        }
        model.addAttribute("ws", seat.workstation());
        return seat.workstation();
    }
}
