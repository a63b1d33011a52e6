package io.ehc.statistics.domain;

import io.ehc.shared.error.InvalidInput;

/**
 * The region a figure covers, given by its GB/T 2260 code: a province ({@code 430000}) covers the codes starting
 * {@code 43}, a prefecture city ({@code 430100}) those starting {@code 4301}, a county ({@code 430102}) itself.
 */
public record RegionScope(String code, String name) {
    public RegionScope {
        if (!code.matches("[0-9]{6}")) throw new InvalidInput("region", "must be a six-digit GB/T 2260 code");
    }

    /** 1 province, 2 prefecture city, 3 county. */
    public int level() {
        if (code.endsWith("0000")) return 1;
        if (code.endsWith("00")) return 2;
        return 3;
    }

    public String prefix() {
        return switch (level()) {
            case 1 -> code.substring(0, 2);
            case 2 -> code.substring(0, 4);
            default -> code;
        };
    }

    /** Whether a region code lies within this scope. */
    public boolean contains(String region) {
        return region.startsWith(prefix());
    }
}
