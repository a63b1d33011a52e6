package io.ehc.account.domain;

import io.ehc.shared.error.InvalidInput;

/**
 * 管辖区域: the region a regulator is responsible for, a GB/T 2260 code. A province ({@code 430000}) covers every code
 * starting {@code 43}, a prefecture city ({@code 430100}) the codes starting {@code 4301}, a county only itself.
 */
public record Jurisdiction(String code) {
    public Jurisdiction {
        if (!code.matches("[1-9][0-9]{5}")) throw new InvalidInput("region", "must be a six-digit GB/T 2260 code");
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

    public boolean covers(String region) {
        return region.startsWith(prefix());
    }
}
