package io.gemlink.linking.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * JSON feeds ({@code {"vendor": ..., "products": [...]}}), streamed with JSON-P's {@link JsonParser}: one product
 * object in memory at a time.
 */
class JsonFeedReader implements FeedReader {

    @Override
    public String read(InputStream body, Consumer<RawRow> rows) throws FeedException {
        String vendor = null;
        boolean sawProducts = false;
        try (JsonParser parser = Json.createParser(body)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new FeedException("JSON feed is not an object");
            }
            while (true) {
                JsonParser.Event e = parser.next();
                if (e == JsonParser.Event.END_OBJECT) {
                    break;
                }
                String key = parser.getString();
                JsonParser.Event value = parser.next();
                if ("products".equals(key) && value == JsonParser.Event.START_ARRAY) {
                    sawProducts = true;
                    readProducts(parser, rows);
                } else if ("vendor".equals(key) && value == JsonParser.Event.VALUE_STRING) {
                    vendor = parser.getString();
                } else if (value == JsonParser.Event.START_OBJECT) {
                    parser.skipObject();
                } else if (value == JsonParser.Event.START_ARRAY) {
                    parser.skipArray();
                }
            }
            if (parser.hasNext()) {
                throw new FeedException("JSON feed has content after its end");
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new FeedException("unreadable JSON: " + e.getMessage(), e);
        }
        if (!sawProducts) {
            throw new FeedException("JSON feed has no \"products\" array");
        }
        return vendor;
    }

    private static void readProducts(JsonParser parser, Consumer<RawRow> rows) {
        int row = 0;
        while (true) {
            JsonParser.Event e = parser.next();
            if (e == JsonParser.Event.END_ARRAY) {
                return;
            }
            row++;
            if (e != JsonParser.Event.START_OBJECT) {
                parser.getValue(); // a scalar or an array where a product should be
                rows.accept(RawRow.malformed(row, "is not a JSON object"));
                continue;
            }
            rows.accept(toRow(row, parser.getObject()));
        }
    }

    static RawRow toRow(int row, JsonObject product) {
        Map<String, String> fields = new HashMap<>();
        String stones = null;
        List<String> images = List.of();
        List<String> tags = List.of();
        for (Map.Entry<String, JsonValue> f : product.entrySet()) {
            JsonValue v = f.getValue();
            switch (f.getKey()) {
                case "stones" -> stones = v instanceof JsonArray ? v.toString() : null;
                case "images" -> images = strings(v);
                case "tags" -> tags = strings(v);
                default -> {
                    if (v instanceof JsonString s) {
                        fields.put(f.getKey(), s.getString());
                    } else if (v instanceof JsonNumber n) {
                        fields.put(f.getKey(), n.toString());
                    } else if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
                        fields.put(f.getKey(), v.toString());
                    } else if (v != JsonValue.NULL) {
                        return RawRow.malformed(row, f.getKey() + ": must be a string or a number");
                    }
                }
            }
        }
        boolean removed = product.get("removed") == JsonValue.TRUE;
        return new RawRow(row, fields, stones, images, tags, removed, null);
    }

    private static List<String> strings(JsonValue v) {
        if (!(v instanceof JsonArray array)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : array) {
            if (item instanceof JsonString s) {
                out.add(s.getString());
            }
        }
        return out;
    }
}
