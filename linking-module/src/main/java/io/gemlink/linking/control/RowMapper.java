package io.gemlink.linking.control;

import io.gemlink.catalog.api.LinkedProductData;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks one feed row against the product contract (docs/api.md) and the product table's limits, and
 * applies the distributor's pricing. A row that does not fit is rejected with the field named.
 */
public class RowMapper {

    /** Looked up once: {@code Json.create…} looks the provider up on every call, which costs more than the work. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final Set<String> CATEGORIES =
            Set.of("RING", "EARRINGS", "NECKLACE", "PENDANT", "BRACELET", "SET", "LOOSE_STONE", "OTHER");
    static final Set<String> METALS = Set.of("GOLD", "SILVER", "PLATINUM", "PALLADIUM", "OTHER");

    private final Pricing pricing;
    private final String defaultCurrency;
    private final boolean hashing;

    public RowMapper(Pricing pricing, String defaultCurrency) {
        this(pricing, defaultCurrency, true);
    }

    private RowMapper(Pricing pricing, String defaultCurrency, boolean hashing) {
        this.pricing = pricing;
        this.defaultCurrency = defaultCurrency;
        this.hashing = hashing;
    }

    /** The same checks, without the content hash: for the validating pass, which writes nothing. */
    public RowMapper checking() {
        return new RowMapper(pricing, defaultCurrency, false);
    }

    public LinkedProductData map(RawRow r) throws RowRejected {
        if (r.malformed() != null) {
            throw new RowRejected(r.malformed());
        }
        String sku = text(r, "sku", 64);
        if (sku == null) {
            throw new RowRejected("sku: is required");
        }
        BigDecimal feedPrice = decimal(r, "price");
        if (feedPrice == null) {
            throw new RowRejected("price: is required");
        }
        Integer quantity = integer(r, "quantity");
        if (quantity == null) {
            throw new RowRejected("quantity: is required");
        }
        String title = text(r, "title", 255);
        String category = oneOf(r, "category", CATEGORIES);
        String metal = oneOf(r, "metal", METALS);
        String currency = text(r, "currency", 3);
        JsonArray stoneArray = stones(r.stonesJson());
        String stones = stoneArray == null ? null : stoneArray.toString();
        String tags = r.tags().isEmpty() ? null : "," + String.join(",", r.tags()) + ",";
        if (tags != null && tags.length() > 1000) {
            throw new RowRejected("tags: are longer than 1000 characters together");
        }
        LinkedProductData d = new LinkedProductData(
                r.row(),
                sku,
                title == null ? sku : title,
                r.get("description"),
                category,
                text(r, "brand", 100),
                metal,
                text(r, "purity", 8),
                text(r, "metalColor", 32),
                decimal(r, "metalWeightGrams"),
                stones,
                stoneTypes(stoneArray),
                decimal(r, "totalCaratWeight"),
                r.images().isEmpty()
                        ? null
                        : JSON.createArrayBuilder(r.images()).build().toString(),
                text(r, "barcode", 14),
                decimal(r, "cost"),
                pricing.price(feedPrice),
                currency == null ? defaultCurrency : currency.toUpperCase(Locale.ROOT),
                pricing.quantity(quantity),
                text(r, "variantGroup", 64),
                text(r, "size", 16),
                tags,
                null,
                feedPrice);
        return hashing ? withHash(d) : d;
    }

    private static LinkedProductData withHash(LinkedProductData d) {
        String joined = String.join(
                "\u001f",
                String.valueOf(d.title()),
                String.valueOf(d.description()),
                String.valueOf(d.category()),
                String.valueOf(d.brand()),
                String.valueOf(d.metal()),
                String.valueOf(d.purity()),
                String.valueOf(d.metalColor()),
                plain(d.metalWeightGrams()),
                String.valueOf(d.stonesJson()),
                plain(d.totalCaratWeight()),
                String.valueOf(d.imagesJson()),
                String.valueOf(d.barcode()),
                plain(d.cost()),
                plain(d.price()),
                d.currency(),
                String.valueOf(d.quantity()),
                String.valueOf(d.variantGroup()),
                String.valueOf(d.size()),
                String.valueOf(d.tags()),
                plain(d.vendorPrice()));
        return new LinkedProductData(
                d.row(),
                d.vendorSku(),
                d.title(),
                d.description(),
                d.category(),
                d.brand(),
                d.metal(),
                d.purity(),
                d.metalColor(),
                d.metalWeightGrams(),
                d.stonesJson(),
                d.stoneTypes(),
                d.totalCaratWeight(),
                d.imagesJson(),
                d.barcode(),
                d.cost(),
                d.price(),
                d.currency(),
                d.quantity(),
                d.variantGroup(),
                d.size(),
                d.tags(),
                sha256(joined),
                d.vendorPrice());
    }

    private static String plain(BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }

    private static String text(RawRow r, String field, int max) throws RowRejected {
        String v = r.get(field);
        if (v != null && v.length() > max) {
            throw new RowRejected(field + ": is longer than " + max + " characters");
        }
        return v;
    }

    private static String oneOf(RawRow r, String field, Set<String> allowed) throws RowRejected {
        String v = r.get(field);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw new RowRejected(field + ": '" + v + "' is not one of " + new TreeSet<>(allowed));
        }
        return upper;
    }

    private static BigDecimal decimal(RawRow r, String field) throws RowRejected {
        String v = r.get(field);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() < 0 || d.precision() - d.scale() > 9) {
                throw new RowRejected(field + ": '" + v + "' is out of range");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new RowRejected(field + ": '" + v + "' is not a number");
        }
    }

    private static Integer integer(RawRow r, String field) throws RowRejected {
        String v = r.get(field);
        if (v == null) {
            return null;
        }
        try {
            int i = new BigDecimal(v).intValueExact();
            if (i < 0) {
                throw new RowRejected(field + ": must be 0 or more");
            }
            return i;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RowRejected(field + ": '" + v + "' is not a whole number");
        }
    }

    private static JsonArray stones(String json) throws RowRejected {
        if (json == null) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonValue v : array) {
                if (!(v instanceof JsonObject)) {
                    throw new RowRejected("stones: must be an array of objects");
                }
            }
            return array;
        } catch (JsonException | IllegalStateException e) {
            throw new RowRejected("stones: is not a JSON array");
        }
    }

    private static String stoneTypes(JsonArray stones) {
        if (stones == null) {
            return null;
        }
        List<String> types = new ArrayList<>();
        for (JsonValue v : stones) {
            if (v instanceof JsonObject o && o.get("type") instanceof JsonString t) {
                types.add(t.getString().toUpperCase(Locale.ROOT));
            }
        }
        String joined = types.isEmpty() ? null : "," + String.join(",", types) + ",";
        return joined != null && joined.length() > 255 ? joined.substring(0, 255) : joined;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
