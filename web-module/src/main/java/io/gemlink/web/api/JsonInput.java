package io.gemlink.web.api;

import io.gemlink.platform.api.BadInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Strict reading of JSON fields where JSON-B would be lenient (it reads {@code "yes"} as
 * {@code false}): a value of the wrong type is refused, naming the field.
 */
public final class JsonInput {

    private JsonInput() {
    }

    public static JsonObject object(JsonObject body, String what) {
        if (body == null) {
            throw new BadInputException("body", "a JSON object " + what + " is required");
        }
        return body;
    }

    /** The boolean at {@code field}, or null when absent or null. */
    public static Boolean bool(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (v.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw new BadInputException(field, "must be true or false");
    }

    /** The string at {@code field}, or null when absent or null. */
    public static String text(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new BadInputException(field, "must be a string");
    }
}
