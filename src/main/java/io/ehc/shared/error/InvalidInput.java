package io.ehc.shared.error;

/** A value that fails validation. Names the field and the rule, never the rejected value. */
public class InvalidInput extends PlatformException {
    private final String field;

    public InvalidInput(String field, String rule) {
        super(ErrorCodes.INVALID_PARAMETER, 400, field + ": " + rule);
        this.field = field;
    }

    public InvalidInput(String code, String field, String rule) {
        super(code, 400, field + ": " + rule);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static InvalidInput missing(String field) {
        return new InvalidInput(ErrorCodes.EMPTY_PARAMETER, field, "is required");
    }
}
