package io.gemlink.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * What a route's JSON body may be read as — a record, a JSON object, a JSON array, or any JSON value (for
 * "one product or an array") — and the reading: {@link StrictJson}, then the type the route takes, refusing
 * the wrong shape at the top with 400.
 */
public final class JsonBody {

    private JsonBody() {}

    public static boolean handles(Class<?> type) {
        return type.isRecord() || JsonValue.class.isAssignableFrom(type);
    }

    /** What the route wants, in the words a refusal uses. */
    public static String expected(Class<?> type) {
        if (type.isRecord() || type == JsonObject.class) {
            return "a JSON object";
        }
        if (type == JsonArray.class) {
            return "a JSON array";
        }
        return type == JsonStructure.class ? "a JSON object or array" : "JSON";
    }

    public static Object read(byte[] utf8, Class<?> type) {
        JsonValue json = StrictJson.parse(utf8);
        if (!type.isRecord() && type.isInstance(json)) {
            return json;
        }
        if (type.isRecord() && json instanceof JsonObject object) {
            return JsonRecords.read(object, type);
        }
        throw new MalformedInput("body", "must be " + expected(type) + ", not " + name(json.getValueType()));
    }

    private static String name(JsonValue.ValueType type) {
        return switch (type) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }
}
