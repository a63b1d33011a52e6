package io.ehc.shared.error;

/**
 * An error a client can cause, answered as {@code application/problem+json} with a stable {@code code}. The message
 * is shown to the client, so it never holds personal data, SQL or key material.
 */
public class PlatformException extends RuntimeException {
    private final String code;
    private final int status;
    private final java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();

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

    /**
     * Adds a member to the problem answered for this error (e.g. the kind of code a scan recognised). Never personal
     * data or secrets: the client sees it as it is.
     */
    public PlatformException withDetail(String name, Object value) {
        details.put(name, value);
        return this;
    }

    public java.util.Map<String, Object> details() {
        return java.util.Collections.unmodifiableMap(details);
    }
}
