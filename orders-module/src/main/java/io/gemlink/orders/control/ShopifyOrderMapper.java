package io.gemlink.orders.control;

import io.gemlink.orders.api.AddressView;
import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderRequest;
import io.gemlink.platform.api.BadInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Shopify's {@code orders/create} payload (its own field names: {@code id}, {@code currency},
 * {@code line_items[].sku/quantity/price}, {@code shipping_address.address1/province/zip/country_code})
 * into an order request of channel SHOPIFY.
 */
public final class ShopifyOrderMapper {

    private ShopifyOrderMapper() {}

    public static OrderRequest map(JsonObject payload) {
        JsonValue id = payload.get("id");
        if (id == null || id.getValueType() == JsonValue.ValueType.NULL) {
            throw new BadInputException("id", "Shopify order id is missing");
        }
        String externalId = id instanceof JsonString s ? s.getString() : id.toString();
        List<OrderRequest.Line> lines = new ArrayList<>();
        JsonValue items = payload.get("line_items");
        if (items != null && items.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray array = items.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof JsonObject o)) {
                    throw new BadInputException("line_items[" + i + "]", "must be an object");
                }
                lines.add(new OrderRequest.Line(text(o, "sku"), integer(o, "quantity"), decimal(o, "price")));
            }
        }
        return new OrderRequest(
                Channel.SHOPIFY.name(),
                externalId,
                text(payload, "currency"),
                address(payload.get("shipping_address")),
                lines);
    }

    private static AddressView address(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        JsonObject a = value.asJsonObject();
        String name = text(a, "name");
        if (name == null) {
            String first = text(a, "first_name");
            String last = text(a, "last_name");
            name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        }
        return new AddressView(
                name,
                text(a, "address1"),
                text(a, "address2"),
                text(a, "city"),
                text(a, "province_code") != null ? text(a, "province_code") : text(a, "province"),
                text(a, "zip"),
                text(a, "country_code"),
                text(a, "phone"));
    }

    private static String text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v instanceof JsonString s) {
            return s.getString().isBlank() ? null : s.getString();
        }
        return v instanceof JsonNumber n ? n.toString() : null;
    }

    private static Integer integer(JsonObject o, String field) {
        JsonValue v = o.get(field);
        try {
            return v instanceof JsonNumber n && n.isIntegral() ? n.intValueExact() : null;
        } catch (ArithmeticException tooLarge) {
            return null; // reported by OrderRules as an invalid quantity
        }
    }

    private static BigDecimal decimal(JsonObject o, String field) {
        JsonValue v = o.get(field);
        try {
            if (v instanceof JsonString s) {
                return new BigDecimal(s.getString()); // Shopify sends money as strings: "199.00"
            }
            return v instanceof JsonNumber n ? n.bigDecimalValue() : null;
        } catch (NumberFormatException e) {
            return null; // reported by OrderRules as an invalid unitPrice
        }
    }
}
