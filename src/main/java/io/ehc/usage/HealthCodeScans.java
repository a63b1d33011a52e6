package io.ehc.usage;

import io.ehc.institution.TerminalPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * A terminal scanned a health code: verify it and record the card use; answered only once the use record is durable.
 * The scan entry of the multi-code layer routes health codes here, the terminal's verify endpoint too.
 */
public interface HealthCodeScans {
    VerifiedScan verify(
            TerminalPrincipal terminal,
            String scanned,
            String careStep,
            @Nullable String scene,
            @Nullable String department);
}
