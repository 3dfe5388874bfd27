package io.gemlink.web.api;

import io.gemlink.platform.api.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Reads a JSON object into a request record, strictly where JSON-B is lenient: {@code "yes"} is not a boolean,
 * {@code 2.5} is not a quantity, {@code 12} is not a text. Every value of the wrong type is refused at once
 * ({@link MalformedInput}), each named by its path ({@code lines[0].quantity}); properties the record does not
 * have are ignored. Components may be text, whole numbers, decimals, booleans, enums, JSON values, records and
 * lists of these.
 */
public final class JsonRecords {

    private JsonRecords() {}

    public static <R> R read(JsonObject json, Class<R> type) {
        List<FieldError> errors = new ArrayList<>();
        R record = record(json, type, "", errors);
        if (!errors.isEmpty()) {
            throw new MalformedInput(errors);
        }
        return record;
    }

    private static <R> R record(JsonObject json, Class<R> type, String at, List<FieldError> errors) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        int before = errors.size();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String field = at.isEmpty() ? c.getName() : at + "." + c.getName();
            values[i] = value(json.get(c.getName()), c.getGenericType(), field, errors);
        }
        if (errors.size() > before) {
            return null; // refused as a whole by read()
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getName(), e);
        }
    }

    private static Object value(JsonValue v, Type type, String at, List<FieldError> errors) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new FieldError(at, "is required"));
            }
            return null;
        }
        if (raw == String.class) {
            return v instanceof JsonString s ? s.getString() : refuse(at, "must be a string", errors);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return v == JsonValue.TRUE
                    ? Boolean.TRUE
                    : v == JsonValue.FALSE ? Boolean.FALSE : refuse(at, "must be true or false", errors);
        }
        if (raw == Integer.class || raw == int.class) {
            Long n = whole(v, Integer.MIN_VALUE, Integer.MAX_VALUE, at, errors);
            return n == null ? null : n.intValue();
        }
        if (raw == Long.class || raw == long.class) {
            return whole(v, Long.MIN_VALUE, Long.MAX_VALUE, at, errors);
        }
        if (raw == BigDecimal.class) {
            return v instanceof JsonNumber n
                    ? StrictJson.number(n.toString(), at)
                    : refuse(at, "must be a number", errors);
        }
        if (raw == List.class) {
            if (!(v instanceof JsonArray array)) {
                return refuse(at, "must be an array", errors);
            }
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                items.add(value(array.get(i), item, at + "[" + i + "]", errors));
            }
            return Collections.unmodifiableList(items);
        }
        if (raw.isRecord()) {
            return v instanceof JsonObject o ? record(o, raw, at, errors) : refuse(at, "must be an object", errors);
        }
        if (raw.isEnum()) {
            return constant(v, raw, at, errors);
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            return raw.isInstance(v) ? v : refuse(at, "must be JSON of another type", errors);
        }
        throw new IllegalArgumentException("no JSON reading for " + type + " at " + at);
    }

    private static Long whole(JsonValue v, long min, long max, String at, List<FieldError> errors) {
        String range = "must be a whole number from " + min + " to " + max;
        if (!(v instanceof JsonNumber n)) {
            refuse(at, range, errors);
            return null;
        }
        BigDecimal d = StrictJson.number(n.toString(), at);
        if (d.scale() > 0 || d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            refuse(at, range, errors);
            return null;
        }
        return d.longValueExact();
    }

    private static Object constant(JsonValue v, Class<?> type, String at, List<FieldError> errors) {
        Object[] constants = type.getEnumConstants();
        if (v instanceof JsonString s) {
            String name = s.getString().trim().toUpperCase(Locale.ROOT);
            for (Object c : constants) {
                if (((Enum<?>) c).name().equals(name)) {
                    return c;
                }
            }
        }
        return refuse(at, "must be one of " + Arrays.toString(constants), errors);
    }

    private static Object refuse(String at, String message, List<FieldError> errors) {
        errors.add(new FieldError(at, message));
        return null;
    }
}
