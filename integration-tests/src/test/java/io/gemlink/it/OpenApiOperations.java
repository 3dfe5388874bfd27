package io.gemlink.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operations of the server's own OpenAPI document, read so that a test can go through every route
 * without naming them: method, path, path and integer query parameters, and whether a JSON body goes in
 * (with a plausible body built from its schema).
 */
final class OpenApiOperations {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** Values that make a generated body plausible, so that a hostile value is the only thing wrong with it. */
    private static final Map<String, JsonValue> PLAUSIBLE = Map.ofEntries(
            Map.entry("price", Json.createValue(10)),
            Map.entry("cost", Json.createValue(5)),
            Map.entry("quantity", Json.createValue(1)),
            Map.entry("currency", Json.createValue("USD")),
            Map.entry("category", Json.createValue("RING")),
            Map.entry("metal", Json.createValue("GOLD")),
            Map.entry("purity", Json.createValue("14K")),
            Map.entry("barcode", Json.createValue("12345678")),
            Map.entry(
                    "images",
                    Json.createArrayBuilder()
                            .add("https://example.com/ring.jpg")
                            .build()),
            Map.entry("format", Json.createValue("CSV")),
            Map.entry("fields", Json.createArrayBuilder().add("title").build()),
            Map.entry("categories", Json.createArrayBuilder().add("RING").build()),
            Map.entry("metals", Json.createArrayBuilder().add("GOLD").build()),
            Map.entry("base", Json.createValue("PRICE")),
            Map.entry("rounding", Json.createValue("NONE")),
            Map.entry("markupPercent", Json.createValue(10)),
            Map.entry("minPrice", Json.createValue(1)),
            Map.entry("maxPrice", Json.createValue(100)),
            Map.entry("channel", Json.createValue("API")),
            Map.entry("country", Json.createValue("US")),
            Map.entry("unitPrice", Json.createValue(10)),
            Map.entry("carrier", Json.createValue("OTHER")),
            Map.entry("everyMinutes", Json.createValue(60)),
            Map.entry("stockBuffer", Json.createValue(0)),
            Map.entry("missing", Json.createValue("ZERO_STOCK")),
            Map.entry("keep", Json.createArrayBuilder().add("title").build()),
            Map.entry("paused", JsonValue.TRUE),
            Map.entry("enabled", JsonValue.TRUE),
            Map.entry("vendorOrderStatus", Json.createValue("NEW")),
            Map.entry("acknowledgeWithinHours", Json.createValue(24)),
            Map.entry(
                    "shipDate",
                    Json.createValue(java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                            .plusDays(30)
                            .toString())),
            Map.entry("webhookSecret", Json.createValue("hostile-secret-0123456789")),
            Map.entry("secret", Json.createValue("hostile-secret-0123456789")),
            Map.entry("url", Json.createValue("https://example.com/hook")),
            Map.entry("events", Json.createArrayBuilder().add("shipment.added").build()),
            Map.entry("feedUrl", Json.createValue("http://127.0.0.2:9/hostile.csv")),
            Map.entry("caratWeight", Json.createValue(1)),
            Map.entry("count", Json.createValue(1)));

    private final JsonObject doc;

    OpenApiOperations(JsonObject doc) {
        this.doc = doc;
    }

    /** One operation and what a hostile request needs to know about it. */
    record Operation(
            String method,
            String path,
            List<String> pathParams,
            List<String> integerQueryParams,
            JsonValue jsonBody,
            boolean takesBody) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    List<Operation> all(Map<String, JsonValue> known) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : doc.getJsonObject("paths").entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            for (String method : METHODS) {
                if (item.containsKey(method)) {
                    operations.add(
                            operation(method.toUpperCase(), path.getKey(), item, item.getJsonObject(method), known));
                }
            }
        }
        return operations;
    }

    private Operation operation(
            String method, String path, JsonObject item, JsonObject op, Map<String, JsonValue> known) {
        List<String> pathParams = new ArrayList<>();
        List<String> integerQuery = new ArrayList<>();
        List<JsonObject> parameters = new ArrayList<>();
        for (JsonObject holder : List.of(item, op)) {
            if (holder.containsKey("parameters")) {
                holder.getJsonArray("parameters").forEach(p -> parameters.add(resolve(p.asJsonObject())));
            }
        }
        for (JsonObject p : parameters) {
            String in = p.getString("in", "");
            JsonObject schema =
                    p.containsKey("schema") ? resolve(p.getJsonObject("schema")) : JsonValue.EMPTY_JSON_OBJECT;
            if (in.equals("path")) {
                pathParams.add(p.getString("name"));
            } else if (in.equals("query")
                    && (type(schema).equals("integer")
                            || List.of("page", "size", "limit").contains(p.getString("name")))) {
                integerQuery.add(p.getString("name"));
            }
        }
        JsonValue body = null;
        boolean takesBody = false;
        if (op.containsKey("requestBody")) {
            takesBody = true;
            JsonObject content = resolve(op.getJsonObject("requestBody")).getJsonObject("content");
            if (content != null && content.containsKey("application/json")) {
                body = example(jsonSchema(content), null, known, 0);
            }
        }
        return new Operation(method, path, pathParams, integerQuery, body, takesBody);
    }

    /** The JSON body's schema; a bare "object" (a type the scanner could not see) yields to a described one. */
    private JsonObject jsonSchema(JsonObject content) {
        JsonObject found = JsonValue.EMPTY_JSON_OBJECT;
        for (String type : List.of("application/json", "*/*")) {
            JsonObject media = content.getJsonObject(type);
            JsonObject schema =
                    media == null || !media.containsKey("schema") ? null : resolve(media.getJsonObject("schema"));
            if (schema != null && (schema.containsKey("properties") || schema.containsKey("items"))) {
                return schema;
            }
            if (schema != null && found.isEmpty()) {
                found = schema;
            }
        }
        return found;
    }

    private JsonValue example(JsonObject schema, String name, Map<String, JsonValue> known, int depth) {
        if (name != null && known.containsKey(name)) {
            return known.get(name);
        }
        if (name != null && PLAUSIBLE.containsKey(name)) {
            return PLAUSIBLE.get(name);
        }
        if (depth > 6) {
            return JsonValue.NULL;
        }
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").isEmpty()) {
            return schema.getJsonArray("enum").get(0);
        }
        switch (type(schema)) {
            case "object" -> {
                JsonObjectBuilder o = Json.createObjectBuilder();
                JsonObject properties = schema.getJsonObject("properties");
                if (properties != null) {
                    properties.forEach((k, v) -> o.add(k, example(resolve(v.asJsonObject()), k, known, depth + 1)));
                }
                return o.build();
            }
            case "array" -> {
                JsonArrayBuilder a = Json.createArrayBuilder();
                if (schema.containsKey("items")) {
                    a.add(example(resolve(schema.getJsonObject("items")), null, known, depth + 1));
                }
                return a.build();
            }
            case "integer", "number" -> {
                return Json.createValue(1);
            }
            case "boolean" -> {
                return JsonValue.TRUE;
            }
            case "string" -> {
                return Json.createValue(name == null ? "x" : "hostile-" + name);
            }
            default -> {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
        }
    }

    /**
     * The schema a reference points at ({@code #/components/schemas/X} or just {@code X}), or of allOf's first part.
     */
    private JsonObject resolve(JsonObject maybeRef) {
        JsonObject o = maybeRef;
        for (int i = 0; i < 5; i++) {
            if (o.containsKey("$ref")) {
                String ref = o.getString("$ref");
                JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
                o = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (!o.containsKey("properties") && o.get("allOf") instanceof JsonArray all && !all.isEmpty()) {
                o = all.getJsonObject(0);
            } else {
                return o;
            }
        }
        return o;
    }

    /** OpenAPI 3.1 may give the type as a list ({@code ["string", "null"]}). */
    private static String type(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonString s) {
            return s.getString();
        }
        if (type instanceof JsonArray types) {
            for (JsonValue t : types) {
                if (t instanceof JsonString s && !s.getString().equals("null")) {
                    return s.getString();
                }
            }
        }
        return schema.containsKey("properties") ? "object" : schema.containsKey("items") ? "array" : "";
    }

    /** JSON pointers of every number and every string inside a body, to put hostile values there one by one. */
    static List<String> leaves(JsonValue value, JsonValue.ValueType type) {
        List<String> pointers = new ArrayList<>();
        collect(value, "", type, pointers);
        return pointers;
    }

    private static void collect(JsonValue value, String at, JsonValue.ValueType type, List<String> pointers) {
        if (value instanceof JsonObject o) {
            o.forEach((k, v) -> collect(v, at + "/" + k.replace("~", "~0").replace("/", "~1"), type, pointers));
        } else if (value instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                collect(a.get(i), at + "/" + i, type, pointers);
            }
        } else if (value.getValueType() == type) {
            pointers.add(at);
        }
    }

    /** The body with the value at {@code pointer} replaced by raw JSON text (which may be anything). */
    static String withRaw(JsonValue body, String pointer, String rawJson) {
        String marker = "@@hostile@@";
        JsonValue marked =
                Json.createPointer(pointer).replace((jakarta.json.JsonStructure) body, Json.createValue(marker));
        return marked.toString().replace("\"" + marker + "\"", rawJson);
    }

    static boolean isString(JsonValue v) {
        return v instanceof JsonString;
    }
}
