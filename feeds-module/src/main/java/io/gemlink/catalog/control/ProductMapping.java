package io.gemlink.catalog.control;

import io.gemlink.catalog.api.Category;
import io.gemlink.catalog.api.Link;
import io.gemlink.catalog.api.Metal;
import io.gemlink.catalog.api.ProductData;
import io.gemlink.catalog.api.ProductView;
import io.gemlink.catalog.api.Stone;
import io.gemlink.catalog.entity.Product;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Between the product records of the API and the {@link Product} row: stones and images as JSON
 * text, stone types and tags also as {@code ",A,B,"} text that feed filters match with LIKE.
 */
public final class ProductMapping {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());
    private static final Type STONES = new ParameterizedType() {
        public Type[] getActualTypeArguments() {
            return new Type[] {Stone.class};
        }

        public Type getRawType() {
            return List.class;
        }

        public Type getOwnerType() {
            return null;
        }
    };

    private ProductMapping() {}

    /** The columns derived from a checked, normalized product: lists as JSON and as {@code ",A,B,"} text. */
    public static Derived derived(ProductData p) {
        return new Derived(
                p.stones().isEmpty() ? null : stonesJson(p.stones()),
                p.stones().isEmpty()
                        ? null
                        : delimited(p.stones().stream()
                                .map(s -> s.type().trim().toUpperCase(Locale.ROOT))
                                .distinct()
                                .toList()),
                p.images().isEmpty() ? null : stringsJson(p.images()),
                p.tags().isEmpty() ? null : delimited(p.tags()));
    }

    /**
     * Stones as stored: the text JSON-B writes for them (properties in lexicographic order, nulls left out;
     * {@code ProductMappingTest} holds the two to the same text), written with JSON-P's generator, which costs a
     * fraction of JSON-B's per catalog row (JSON-B's writing was 7 % of a catalog upload's server CPU).
     */
    static String stonesJson(List<Stone> stones) {
        StringWriter out = new StringWriter(160 * stones.size());
        try (JsonGenerator g = GENERATORS.createGenerator(out)) {
            g.writeStartArray();
            for (Stone s : stones) {
                if (s == null) {
                    g.writeNull();
                    continue;
                }
                g.writeStartObject();
                if (s.caratWeight() != null) {
                    g.write("caratWeight", s.caratWeight());
                }
                text(g, "certificateLab", s.certificateLab());
                text(g, "certificateNumber", s.certificateNumber());
                text(g, "clarity", s.clarity());
                text(g, "color", s.color());
                if (s.count() != null) {
                    g.write("count", s.count());
                }
                text(g, "shape", s.shape());
                text(g, "type", s.type());
                g.writeEnd();
            }
            g.writeEnd();
        }
        return out.toString();
    }

    /** A list of strings (images) as a JSON array, as JSON-B writes it. */
    static String stringsJson(List<String> values) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = GENERATORS.createGenerator(out)) {
            g.writeStartArray();
            for (String value : values) {
                if (value == null) {
                    g.writeNull();
                } else {
                    g.write(value);
                }
            }
            g.writeEnd();
        }
        return out.toString();
    }

    private static void text(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.write(name, value);
        }
    }

    /** Writes a checked, normalized product onto the row (all fields: an upsert replaces the product). */
    public static void apply(ProductData p, Product row) {
        Derived d = derived(p);
        row.setTitle(p.title());
        row.setDescription(p.description());
        row.setCategory(p.category());
        row.setBrand(p.brand());
        row.setMetal(p.metal());
        row.setPurity(p.purity());
        row.setMetalColor(p.metalColor());
        row.setMetalWeightGrams(p.metalWeightGrams());
        row.setStonesJson(d.stonesJson());
        row.setStoneTypes(d.stoneTypes());
        row.setTotalCaratWeight(p.totalCaratWeight());
        row.setImagesJson(d.imagesJson());
        row.setBarcode(p.barcode());
        row.setCost(p.cost());
        row.setPrice(p.price());
        row.setCurrency(p.currency());
        row.setQuantity(p.quantity());
        row.setVariantGroup(p.variantGroup());
        row.setSize(p.size());
        row.setTags(d.tags());
    }

    /** The text columns a product's lists are kept in. */
    public record Derived(String stonesJson, String stoneTypes, String imagesJson, String tags) {}

    public static ProductView view(Product p) {
        Link link = p.isLinked()
                ? new Link(
                        p.getLinkVendorPublicId(), p.getLinkVendorSku(), p.getLinkSourceId(), p.getLinkLastSyncedAt())
                : null;
        return new ProductView(
                p.getSku(),
                p.getTitle(),
                p.getDescription(),
                p.getCategory() == null ? null : Category.valueOf(p.getCategory()),
                p.getBrand(),
                p.getMetal() == null ? null : Metal.valueOf(p.getMetal()),
                p.getPurity(),
                p.getMetalColor(),
                p.getMetalWeightGrams(),
                stones(p.getStonesJson()),
                p.getTotalCaratWeight(),
                strings(p.getImagesJson()),
                p.getBarcode(),
                p.getCost(),
                p.getPrice(),
                p.getCurrency(),
                p.getQuantity(),
                p.getVariantGroup(),
                p.getSize(),
                split(p.getTags()),
                p.isHidden(),
                p.getCreatedAt(),
                p.getUpdatedAt(),
                link);
    }

    /** The product as input again, so that a PATCH can be checked as a whole product. */
    public static ProductData data(ProductView v) {
        return new ProductData(
                v.sku(),
                v.title(),
                v.description(),
                v.category() == null ? null : v.category().name(),
                v.brand(),
                v.metal() == null ? null : v.metal().name(),
                v.purity(),
                v.metalColor(),
                v.metalWeightGrams(),
                v.stones(),
                v.totalCaratWeight(),
                v.images(),
                v.barcode(),
                v.cost(),
                v.price(),
                v.currency(),
                v.quantity(),
                v.variantGroup(),
                v.size(),
                v.tags());
    }

    /** {@code base} with the fields named in {@code present} taken from {@code patch} (null clears them). */
    public static ProductData overlay(ProductData base, ProductData patch, Set<String> present) {
        return new ProductData(
                base.sku(),
                present.contains("title") ? patch.title() : base.title(),
                present.contains("description") ? patch.description() : base.description(),
                present.contains("category") ? patch.category() : base.category(),
                present.contains("brand") ? patch.brand() : base.brand(),
                present.contains("metal") ? patch.metal() : base.metal(),
                present.contains("purity") ? patch.purity() : base.purity(),
                present.contains("metalColor") ? patch.metalColor() : base.metalColor(),
                present.contains("metalWeightGrams") ? patch.metalWeightGrams() : base.metalWeightGrams(),
                present.contains("stones") ? patch.stones() : base.stones(),
                present.contains("totalCaratWeight") ? patch.totalCaratWeight() : base.totalCaratWeight(),
                present.contains("images") ? patch.images() : base.images(),
                present.contains("barcode") ? patch.barcode() : base.barcode(),
                present.contains("cost") ? patch.cost() : base.cost(),
                present.contains("price") ? patch.price() : base.price(),
                present.contains("currency") ? patch.currency() : base.currency(),
                present.contains("quantity") ? patch.quantity() : base.quantity(),
                present.contains("variantGroup") ? patch.variantGroup() : base.variantGroup(),
                present.contains("size") ? patch.size() : base.size(),
                present.contains("tags") ? patch.tags() : base.tags());
    }

    public static List<Stone> stones(String json) {
        return json == null || json.isBlank() ? List.of() : JSONB.fromJson(json, STONES);
    }

    /** A JSON array of strings as stored (images): read with JSON-P, read for every row of a feed. */
    public static List<String> strings(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        }
    }

    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }

    /** {@code ",a,b,"}: a LIKE {@code '%,a,%'} finds a whole element. */
    static String delimited(List<String> values) {
        return values.stream().collect(Collectors.joining(",", ",", ","));
    }

    public static List<String> split(String delimited) {
        if (delimited == null || delimited.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : delimited.split(",")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }
}
