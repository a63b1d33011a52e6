package io.ehc.support;

import io.ehc.shared.Ids;
import io.ehc.usage.domain.CardUse;
import io.ehc.usage.domain.CareStep;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Use records and identifiers for tests that store uses directly. */
public final class CardUseFixtures {
    private CardUseFixtures() {}

    /** A random upper-case hex string of {@code digits} (at most 64): an EHC ID, a code's expiry block. */
    public static String hex(int digits) {
        String h = (UUID.randomUUID().toString() + UUID.randomUUID())
                .replace("-", "")
                .toUpperCase();
        return h.substring(0, digits);
    }

    /**
     * A scan of {@code ehcId} now, at an institution of {@code grade}, with a dynamic code of expiry block
     * {@code block}, or a static code when it is null.
     */
    public static CardUse scan(String ehcId, int grade, @Nullable String block) {
        Instant now = Instant.now();
        return new CardUse(
                Ids.timeOrdered(now.toEpochMilli()),
                now,
                now,
                ehcId,
                "TESTINST01",
                grade,
                "0101",
                "430102",
                "430102",
                "0100",
                new CareStep("010104"),
                null,
                "SCAN",
                block == null ? "1" : "0",
                null,
                block);
    }
}
