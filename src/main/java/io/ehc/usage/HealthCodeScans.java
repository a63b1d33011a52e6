package io.ehc.usage;

import io.ehc.institution.TerminalPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * A terminal scanned a health code: verify it and record the card use; answered only once the use record is durable.
 * The scan entry of the multi-code layer routes health codes here, the terminal's verify endpoint too.
 */
public interface HealthCodeScans {
    /**
     * Verifies the code and submits its use record without waiting for it: the answer comes with the future of its
     * durability, so that a caller with writes of its own (the scan audit) submits them and waits once for both, and
     * the verify endpoint answers from the thread that completes it. The caller must not answer the terminal before
     * {@link PendingScan#durable()} completed.
     */
    PendingScan verifyPending(
            TerminalPrincipal terminal,
            String scanned,
            String careStep,
            @Nullable String scene,
            @Nullable String department);

    /** A verified scan whose use record (which also counts a dynamic code's verifications) is being made durable. */
    record PendingScan(VerifiedScan scan, java.util.concurrent.CompletableFuture<Void> durable) {}
}
