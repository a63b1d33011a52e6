package io.ehc.counter.domain;

import io.ehc.institution.TerminalPrincipal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether a staff member may act as a terminal: only as the one their account is bound to, while it is active, and only
 * when it belongs to the staff member's own institution (a binding to another institution's terminal is refused, so a
 * misconfigured account cannot record uses elsewhere).
 */
public final class TerminalBinding {
    /** Why a staff member cannot use the counter console. */
    public enum Missing {
        /** The account names no terminal (or no institution). */
        NO_TERMINAL,
        /** The bound terminal is unknown or revoked. */
        TERMINAL_INACTIVE,
        /** The bound terminal belongs to another institution than the account's. */
        OTHER_INSTITUTION
    }

    private TerminalBinding() {}

    /** The terminal to act as, or why there is none. */
    public static Outcome check(
            @Nullable String institutionCode, @Nullable String terminalKeyId, Optional<TerminalPrincipal> terminal) {
        if (institutionCode == null || terminalKeyId == null) return new Outcome(null, Missing.NO_TERMINAL);
        if (terminal.isEmpty()) return new Outcome(null, Missing.TERMINAL_INACTIVE);
        if (!terminal.get().institutionCode().equals(institutionCode))
            return new Outcome(null, Missing.OTHER_INSTITUTION);
        return new Outcome(terminal.get(), null);
    }

    /** Exactly one of the two is set. */
    public record Outcome(
            @Nullable TerminalPrincipal terminal, @Nullable Missing missing) {}
}
