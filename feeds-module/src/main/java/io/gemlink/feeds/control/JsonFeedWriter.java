package io.gemlink.feeds.control;

import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** {@code {"vendor", "generatedAt", "products": [...]}}, written with a streaming JSON-P generator. */
final class JsonFeedWriter implements FeedWriter {

    /** Looked up once: {@code Json.create…} looks the provider up on every call, which costs more than the work. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final JsonGenerator json;
    private final List<String> fields;

    JsonFeedWriter(OutputStream out, List<String> fields) {
        this.json = JSON.createGenerator(out);
        this.fields = fields;
    }

    @Override
    public void begin(String vendorPublicId, Instant generatedAt) {
        json.writeStartObject()
                .write("vendor", vendorPublicId)
                .write("generatedAt", generatedAt.toString())
                .writeStartArray("products");
    }

    @Override
    public void product(ProductRow row, BigDecimal price) {
        json.writeStartObject()
                .write("sku", row.sku())
                .write("price", price)
                .write("quantity", row.sellable())
                .write("updatedAt", row.updatedAt().toString());
        for (String field : fields) {
            Object value = FeedValues.of(row, field);
            if (value == null) {
                json.writeNull(field);
            } else if (value instanceof FeedValues.StonesJson stones) {
                try (JsonReader reader = JSON.createReader(new StringReader(stones.json()))) {
                    json.write(field, reader.readArray());
                }
            } else if (value instanceof List<?> list) {
                json.writeStartArray(field);
                FeedValues.list(list).forEach(json::write);
                json.writeEnd();
            } else if (value instanceof BigDecimal number) {
                json.write(field, number);
            } else {
                json.write(field, value.toString());
            }
        }
        json.writeEnd();
    }

    @Override
    public void removed(String sku, Instant updatedAt) {
        json.writeStartObject()
                .write("sku", sku)
                .write("removed", true)
                .write("updatedAt", updatedAt.toString())
                .writeEnd();
    }

    @Override
    public void end() {
        json.writeEnd().writeEnd();
        json.flush();
    }

    @Override
    public void close() {
        json.flush();
    }
}
