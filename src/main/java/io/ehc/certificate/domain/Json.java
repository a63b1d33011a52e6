package io.ehc.certificate.domain;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/** Strict JSON reading (repeated keys refused) into plain maps and lists; never echoes the input in errors. */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(byte[] json, String what) {
        Object value;
        try {
            value = MAPPER.readValue(json, Object.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(what + " is not well-formed JSON");
        }
        if (!(value instanceof Map)) throw new IllegalArgumentException(what + " is not a JSON object");
        return (Map<String, Object>) value;
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
