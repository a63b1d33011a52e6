package io.ehc.shared.error;

/**
 * An error a client can cause, answered as {@code application/problem+json} with a stable {@code code}. The message
 * is shown to the client, so it never holds personal data, SQL or key material.
 */
public class PlatformException extends RuntimeException {
    private final String code;
    private final int status;

    public PlatformException(String code, int status, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
