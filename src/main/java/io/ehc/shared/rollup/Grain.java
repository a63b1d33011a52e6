package io.ehc.shared.rollup;

/**
 * A tier of a rollup: counts per local hour, day or month of the node's time zone. A bucket is stored as the
 * instant its local hour, day or month starts.
 */
public enum Grain {
    HOUR("H"),
    DAY("D"),
    MONTH("M");

    private final String code;

    Grain(String code) {
        this.code = code;
    }

    /** The one-letter code stored in the rollup tables' {@code grain} column. */
    public String code() {
        return code;
    }
}
