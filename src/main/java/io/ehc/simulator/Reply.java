package io.ehc.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a simulator answers: HTTP status, JSON body, and how long it holds the answer back (simulated slowness). */
record Reply(int status, Map<String, Object> body, Duration delay) {
    static Reply of(int status, Map<String, Object> body) {
        return new Reply(status, body, Duration.ZERO);
    }

    Reply delayedBy(Duration d) {
        return new Reply(status, body, d);
    }

    /** A JSON object from key/value pairs; pairs with a null value are left out. */
    static Map<String, Object> body(@Nullable Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            if (v != null) m.put(String.valueOf(keyValues[i]), v);
        }
        return m;
    }
}
