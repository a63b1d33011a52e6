package io.ehc.shared.error;

public class NotFound extends PlatformException {
    public NotFound(String code, String message) {
        super(code, 404, message);
    }

    public NotFound(String message) {
        this(ErrorCodes.NOT_FOUND, message);
    }
}
