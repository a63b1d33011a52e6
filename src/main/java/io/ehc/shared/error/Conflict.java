package io.ehc.shared.error;

public class Conflict extends PlatformException {
    public Conflict(String code, String message) {
        super(code, 409, message);
    }
}
