package io.ehc.card;

import io.ehc.shared.crypto.Hex;
import io.ehc.shared.error.InvalidInput;

/** 电子健康卡ID: 64 upper-case hex, derived from the master index with SM4 (DOMAIN.md §2). */
public record EhcId(String value) {
    public EhcId {
        if (value == null || !Hex.isUpperHex(value, 64))
            throw new InvalidInput("ehcId", "must be 64 upper-case hex characters");
    }

    @Override
    public String toString() {
        return value;
    }
}
