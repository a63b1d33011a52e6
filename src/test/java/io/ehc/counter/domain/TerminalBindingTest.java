package io.ehc.counter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.institution.TerminalPrincipal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalBindingTest {
    static final TerminalPrincipal COUNTER =
            new TerminalPrincipal("tk_0123456789abcdef", "43010000001", "0101", "0100", "430102", 3);

    @Test
    void actsAsTheBoundActiveTerminalOfItsOwnInstitution() {
        TerminalBinding.Outcome o = TerminalBinding.check("43010000001", COUNTER.keyId(), Optional.of(COUNTER));
        assertThat(o.terminal()).isEqualTo(COUNTER);
        assertThat(o.missing()).isNull();
    }

    @Test
    void anAccountWithoutTerminalOrInstitutionHasNone() {
        assertThat(TerminalBinding.check(null, null, Optional.empty()).missing())
                .isEqualTo(TerminalBinding.Missing.NO_TERMINAL);
        assertThat(TerminalBinding.check("43010000001", null, Optional.empty()).missing())
                .isEqualTo(TerminalBinding.Missing.NO_TERMINAL);
    }

    @Test
    void aRevokedOrUnknownTerminalIsRefused() {
        assertThat(TerminalBinding.check("43010000001", "tk_gone", Optional.empty())
                        .missing())
                .isEqualTo(TerminalBinding.Missing.TERMINAL_INACTIVE);
    }

    @Test
    void refusesToActAsATerminalOfAnotherInstitution() {
        TerminalBinding.Outcome o = TerminalBinding.check("43020000002", COUNTER.keyId(), Optional.of(COUNTER));
        assertThat(o.terminal()).isNull();
        assertThat(o.missing()).isEqualTo(TerminalBinding.Missing.OTHER_INSTITUTION);
    }
}
