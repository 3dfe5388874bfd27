package io.gemlink.feeds.control;

import io.gemlink.catalog.api.Category;
import io.gemlink.catalog.api.Metal;
import io.gemlink.feeds.api.FeedDefinition;
import io.gemlink.feeds.api.FeedFormat;
import io.gemlink.feeds.api.FeedFilter;
import io.gemlink.feeds.api.FeedPricingRule;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;
import io.gemlink.pricing.api.Markup;
import io.gemlink.pricing.api.Rounding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks a feed definition and gives it back normalized (upper-case codes, defaults filled in:
 * no filter, no optional fields, pricing PRICE + 0 % + NONE). Every broken rule is named by its field.
 */
public final class FeedRules {

    private static final BigDecimal MAX_MARKUP = BigDecimal.valueOf(10_000);
    private static final BigDecimal MIN_MARKUP = BigDecimal.valueOf(-100);
    /** The product table's DECIMAL(12,2): a band beyond it selects nothing more and only invites overflow. */
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

    private FeedRules() {
    }

    public static FeedDefinition check(FeedDefinition d) {
        if (d == null) {
            throw new BadInputException("body", "a feed with name, format, fields, filter and pricing is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            errors.add(new FieldError("name", "is required"));
        } else if (d.name().trim().length() > 200) {
            errors.add(new FieldError("name", "must be at most 200 characters"));
        }
        String format = code(errors, "format", d.format(), names(FeedFormat.values()), null);
        if (d.format() == null || d.format().isBlank()) {
            errors.add(new FieldError("format", "is required: one of " + names(FeedFormat.values())));
        }
        List<String> fields = new ArrayList<>();
        List<String> asked = d.fields() == null ? List.of() : d.fields();
        for (int i = 0; i < asked.size(); i++) {
            String f = asked.get(i);
            if (FeedFields.ALWAYS.contains(f)) {
                continue; // always there
            }
            if (f == null || !FeedFields.OPTIONAL.contains(f)) {
                errors.add(new FieldError("fields[" + i + "]", "must be one of " + FeedFields.OPTIONAL));
            } else if (!fields.contains(f)) {
                fields.add(f);
            }
        }
        FeedFilter filter = filter(errors, d.filter() == null
                ? new FeedFilter(null, null, null, null, null, null, null, null) : d.filter());
        FeedPricingRule pricing = pricing(errors, d.pricing() == null ? new FeedPricingRule(null, null, null) : d.pricing());
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        return new FeedDefinition(d.name().trim(), format, List.copyOf(fields), filter, pricing);
    }

    public static PriceRule priceRule(FeedPricingRule p) {
        return new PriceRule(PriceRule.Base.valueOf(p.base()), new Markup(p.markupPercent(), Rounding.valueOf(p.rounding())));
    }

    private static FeedFilter filter(List<FieldError> errors, FeedFilter f) {
        List<String> categories = codes(errors, "filter.categories", f.categories(), names(Category.values()));
        List<String> metals = codes(errors, "filter.metals", f.metals(), names(Metal.values()));
        List<String> purities = texts(errors, "filter.purities", f.purities(), true);
        List<String> stoneTypes = texts(errors, "filter.stoneTypes", f.stoneTypes(), true);
        List<String> tags = texts(errors, "filter.tags", f.tags(), false);
        for (String band : List.of("minPrice", "maxPrice")) {
            BigDecimal v = band.equals("minPrice") ? f.minPrice() : f.maxPrice();
            if (v != null && (v.signum() < 0 || v.compareTo(MAX_PRICE) > 0 || v.stripTrailingZeros().scale() > 2)) {
                errors.add(new FieldError("filter." + band, "must be from 0 to " + MAX_PRICE.toPlainString()
                        + ", with at most 2 decimals"));
            }
        }
        if (f.minPrice() != null && f.maxPrice() != null && f.minPrice().compareTo(f.maxPrice()) > 0) {
            errors.add(new FieldError("filter.maxPrice", "must not be below minPrice"));
        }
        return new FeedFilter(categories, metals, purities, stoneTypes, tags, f.minPrice(), f.maxPrice(),
                Boolean.TRUE.equals(f.inStockOnly()));
    }

    private static FeedPricingRule pricing(List<FieldError> errors, FeedPricingRule p) {
        String base = code(errors, "pricing.base", p.base(), names(PriceRule.Base.values()), "PRICE");
        String rounding = code(errors, "pricing.rounding", p.rounding(), names(Rounding.values()), "NONE");
        BigDecimal markup = p.markupPercent() == null ? BigDecimal.ZERO : p.markupPercent();
        if (markup.compareTo(MIN_MARKUP) <= 0 || markup.compareTo(MAX_MARKUP) > 0 || markup.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("pricing.markupPercent", "must be above -100 and at most 10000, with at most 2 decimals"));
        }
        return new FeedPricingRule(base, markup, rounding);
    }

    private static String code(List<FieldError> errors, String field, String value, List<String> allowed, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            errors.add(new FieldError(field, "must be one of " + allowed));
        }
        return upper;
    }

    private static List<String> codes(List<FieldError> errors, String field, List<String> values, List<String> allowed) {
        List<String> out = new ArrayList<>();
        List<String> in = values == null ? List.of() : values;
        for (int i = 0; i < in.size(); i++) {
            String c = code(errors, field + "[" + i + "]", in.get(i), allowed, null);
            if (c == null) {
                errors.add(new FieldError(field + "[" + i + "]", "must be one of " + allowed));
            } else if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<String> texts(List<FieldError> errors, String field, List<String> values, boolean upper) {
        List<String> out = new ArrayList<>();
        List<String> in = values == null ? List.of() : values;
        for (int i = 0; i < in.size(); i++) {
            String v = in.get(i);
            if (v == null || v.isBlank() || v.length() > 64 || v.contains(",")) {
                errors.add(new FieldError(field + "[" + i + "]", "must be 1 to 64 characters without ','"));
            } else {
                out.add(upper ? v.trim().toUpperCase(Locale.ROOT) : v.trim());
            }
        }
        return out.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
