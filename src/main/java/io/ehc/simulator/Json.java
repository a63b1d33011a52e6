package io.ehc.simulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Lenient reads of request fields: a missing field, a null or a value of the wrong type reads as absent. */
final class Json {
    private Json() {}

    static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() ? v.stringValue() : null;
    }

    static @Nullable Long number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isIntegralNumber() && v.canConvertToLong() ? v.longValue() : null;
    }
}
