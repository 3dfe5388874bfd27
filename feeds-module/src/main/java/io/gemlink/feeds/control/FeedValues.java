package io.gemlink.feeds.control;

import io.gemlink.catalog.control.ProductMapping;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The value of one optional feed field of a row: text, a number, a list of text ({@code images},
 * {@code tags}) or the stones as their JSON text. Null when the product has no value.
 */
final class FeedValues {

    /** Looked up once: {@code Json.create…} looks the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private FeedValues() {}

    static Object of(ProductRow r, String field) {
        return switch (field) {
            case "title" -> r.title();
            case "description" -> r.description();
            case "category" -> r.category();
            case "brand" -> r.brand();
            case "metal" -> r.metal();
            case "purity" -> r.purity();
            case "metalColor" -> r.metalColor();
            case "metalWeightGrams" -> plain(r.metalWeightGrams());
            case "stones" -> r.stonesJson() == null ? null : new StonesJson(r.stonesJson());
            case "totalCaratWeight" -> plain(r.totalCaratWeight());
            case "images" -> r.imagesJson() == null ? null : strings(r.imagesJson());
            case "barcode" -> r.barcode();
            case "cost" -> r.cost();
            case "currency" -> r.currency();
            case "variantGroup" -> r.variantGroup();
            case "size" -> r.size();
            case "tags" -> r.tags() == null ? null : ProductMapping.split(r.tags());
            default -> throw new IllegalArgumentException("not a feed field: " + field);
        };
    }

    /**
     * The texts of a stored JSON array of texts ({@code images_json}), read with the streaming parser: building
     * the array's tree for each row ({@link ProductMapping#strings}) was an eighth of a CSV feed's time.
     */
    static List<String> strings(String json) {
        if (json.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        try (JsonParser parser = JSON.createParser(new StringReader(json))) {
            while (parser.hasNext()) {
                if (parser.next() == JsonParser.Event.VALUE_STRING) {
                    out.add(parser.getString());
                }
            }
        }
        return out;
    }

    /** The singular of a list field's element in XML ({@code <images><image>}). */
    static String element(String listField) {
        return listField.equals("images") ? "image" : "tag";
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null
                ? null
                : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    /** The stones of a row as stored: a JSON array of stone objects. */
    record StonesJson(String json) {}

    @SuppressWarnings("unchecked")
    static List<String> list(Object value) {
        return (List<String>) value;
    }
}
