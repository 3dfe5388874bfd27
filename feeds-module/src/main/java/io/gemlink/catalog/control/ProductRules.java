package io.gemlink.catalog.control;

import io.gemlink.catalog.api.Category;
import io.gemlink.catalog.api.Metal;
import io.gemlink.catalog.api.ProductData;
import io.gemlink.catalog.api.Stone;
import io.gemlink.platform.api.Constraints;
import io.gemlink.platform.api.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The catalog's input rules (docs/api.md, Catalog): the constraints of {@link ProductData} and {@link Stone}
 * (required fields, lengths, ranges) and, here, codes, URLs, barcodes, currencies and tags. {@link #check}
 * lists every broken rule with the field as the partner named it ({@code stones[1].caratWeight});
 * {@link #normalize} gives the value to store.
 */
public final class ProductRules {

    private static final String DEFAULT_CURRENCY = "USD";
    // compiled once: String.matches compiles its pattern on every call, for every row of a catalog import
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern BARCODE = Pattern.compile("\\d{8}|\\d{12,14}");

    private ProductRules() {}

    public static List<FieldError> check(ProductData p) {
        List<FieldError> errors = new ArrayList<>(); // required, lengths and ranges: the constraints of ProductData
        oneOf(errors, "category", p.category(), Category.class);
        oneOf(errors, "metal", p.metal(), Metal.class);
        stones(errors, p.stones());
        images(errors, p.images());
        barcode(errors, p.barcode());
        currency(errors, p.currency());
        tags(errors, p.tags());
        return Constraints.errors(p, errors);
    }

    /** The value to store: trimmed text, upper-case codes, the default currency. Call after {@link #check}. */
    public static ProductData normalize(ProductData p) {
        return new ProductData(
                p.sku().trim(),
                p.title().trim(),
                blankToNull(p.description()),
                upper(p.category()),
                blankToNull(p.brand()),
                upper(p.metal()),
                upper(p.purity()),
                blankToNull(p.metalColor()),
                p.metalWeightGrams(),
                p.stones() == null ? List.of() : p.stones(),
                p.totalCaratWeight(),
                p.images() == null
                        ? List.of()
                        : p.images().stream().map(String::trim).toList(),
                blankToNull(p.barcode()),
                p.cost(),
                p.price(),
                p.currency() == null || p.currency().isBlank() ? DEFAULT_CURRENCY : upper(p.currency()),
                p.quantity(),
                blankToNull(p.variantGroup()),
                blankToNull(p.size()),
                p.tags() == null
                        ? List.of()
                        : p.tags().stream().map(String::trim).distinct().toList());
    }

    private static <E extends Enum<E>> void oneOf(List<FieldError> errors, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return;
        }
        boolean known =
                Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(upper(value)));
        if (!known) {
            errors.add(new FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
        }
    }

    private static void stones(List<FieldError> errors, List<Stone> stones) {
        if (stones == null) {
            return;
        }
        int typesLength = stones.stream()
                .filter(s -> s != null && s.type() != null && !s.type().isBlank())
                .map(s -> s.type().trim().toUpperCase(Locale.ROOT))
                .distinct()
                .mapToInt(t -> t.length() + 1)
                .sum();
        if (typesLength > 250) { // the stone_types column that feed filters match on
            errors.add(new FieldError(
                    "stones", "name too many different stone types (at most about 250 characters together)"));
        }
    }

    private static void images(List<FieldError> errors, List<String> images) {
        if (images == null) {
            return;
        }
        for (int i = 0; i < images.size(); i++) {
            String url = images.get(i);
            if (url == null
                    || !HTTP_URL.matcher(url.trim()).matches()
                    || url.trim().length() > 2000) {
                errors.add(new FieldError("images[" + i + "]", "must be an http(s) URL of at most 2000 characters"));
            }
        }
    }

    private static void barcode(List<FieldError> errors, String barcode) {
        if (barcode != null
                && !barcode.isBlank()
                && !BARCODE.matcher(barcode.trim()).matches()) {
            errors.add(new FieldError("barcode", "must be a UPC, EAN or GTIN: 8, 12, 13 or 14 digits"));
        }
    }

    private static void currency(List<FieldError> errors, String currency) {
        if (currency == null || currency.isBlank()) {
            return;
        }
        try {
            if (upper(currency).length() == 3) {
                Currency.getInstance(upper(currency));
                return;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        errors.add(new FieldError("currency", "must be an ISO 4217 code such as USD or EUR"));
    }

    private static void tags(List<FieldError> errors, List<String> tags) {
        if (tags == null) {
            return;
        }
        int total = 0;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag == null || tag.isBlank() || tag.trim().length() > 64 || tag.contains(",") || tag.contains("|")) {
                errors.add(new FieldError("tags[" + i + "]", "must be 1 to 64 characters without ',' or '|'"));
            } else {
                total += tag.trim().length() + 1;
            }
        }
        if (total > 990) {
            errors.add(new FieldError("tags", "are too long together (at most about 990 characters)"));
        }
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
