package io.ehc.identity;

import io.ehc.shared.crypto.Hex;
import io.ehc.shared.error.InvalidInput;
import java.security.SecureRandom;

/** 主索引: the person's opaque 64-hex master index, issued once by the person index (DOMAIN.md §2). */
public record MasterIndex(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public MasterIndex {
        if (value == null || !Hex.isUpperHex(value, 64))
            throw new InvalidInput("masterIndex", "must be 64 upper-case hex characters");
    }

    public static MasterIndex random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return new MasterIndex(Hex.encode(b));
    }

    @Override
    public String toString() {
        return value;
    }
}
