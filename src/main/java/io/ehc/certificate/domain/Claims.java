package io.ehc.certificate.domain;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decoded payloads as read-only JSON-like values: maps with text keys, lists, strings, numbers, booleans and nulls.
 * CBOR extras are flattened: integer keys become their decimal text, byte strings standard base64, tags their value.
 */
final class Claims {
    private Claims() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> immutableObject(Map<?, ?> map) {
        return (Map<String, Object>) immutable(map);
    }

    static @Nullable Object immutable(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) out.put(String.valueOf(e.getKey()), immutable(e.getValue()));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> out = new ArrayList<>(list.size());
            for (Object o : list) out.add(immutable(o));
            return Collections.unmodifiableList(out);
        }
        if (value instanceof byte[] bytes) return Base64.getEncoder().encodeToString(bytes);
        if (value instanceof Cbor.Tagged tagged) return immutable(tagged.value());
        return value;
    }
}
