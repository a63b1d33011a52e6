package io.ehc.counter.domain;

import io.ehc.institution.TerminalPrincipal;

/**
 * 工作站: a staff member at the counter, acting as the terminal their account is bound to. Everything done here is
 * recorded under the terminal (card uses, scan audit) and under the staff member ({@link #actor()}: card history).
 */
public record Workstation(String username, String staffName, String institutionName, TerminalPrincipal terminal) {
    public String institutionCode() {
        return terminal.institutionCode();
    }

    /** Who did it, as the card history records it. */
    public String actor() {
        return "staff:" + username;
    }

    @Override
    public String toString() {
        return "Workstation[" + username + ", " + terminal.terminalId() + "]";
    }
}
