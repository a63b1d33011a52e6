package io.ehc.healthcode;

import io.ehc.shared.error.PlatformException;

/** A scanned code that does not verify; {@link #reason()} is the metric label, {@link #code()} the contract code. */
public class CodeRefused extends PlatformException {
    private final String reason;

    public CodeRefused(String code, int status, String reason, String message) {
        super(code, status, message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
