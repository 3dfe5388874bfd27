package io.gemlink.feeds.control;

import io.gemlink.catalog.api.Category;
import io.gemlink.catalog.api.Metal;
import io.gemlink.feeds.api.FeedDefinition;
import io.gemlink.feeds.api.FeedFilter;
import io.gemlink.feeds.api.FeedFormat;
import io.gemlink.feeds.api.FeedPricingRule;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.Constraints;
import io.gemlink.platform.api.FieldError;
import io.gemlink.pricing.api.Markup;
import io.gemlink.pricing.api.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Checks a feed definition (the constraints of {@link FeedDefinition}; here the codes, the fields and the
 * price band's order) and gives it back normalized (upper-case codes, defaults filled in:
 * no filter, no optional fields, pricing PRICE + 0 % + NONE). Every broken rule is named by its field.
 */
public final class FeedRules {

    private FeedRules() {}

    public static FeedDefinition check(FeedDefinition d) {
        if (d == null) {
            throw new BadInputException("body", "a feed with name, format, fields, filter and pricing is required");
        }
        List<FieldError> errors = new ArrayList<>();
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
        FeedFilter filter = filter(
                errors,
                d.filter() == null ? new FeedFilter(null, null, null, null, null, null, null, null) : d.filter());
        FeedPricingRule pricing =
                pricing(errors, d.pricing() == null ? new FeedPricingRule(null, null, null) : d.pricing());
        Constraints.check(d, errors);
        return new FeedDefinition(d.name().trim(), format, List.copyOf(fields), filter, pricing);
    }

    public static PriceRule priceRule(FeedPricingRule p) {
        return new PriceRule(
                PriceRule.Base.valueOf(p.base()), new Markup(p.markupPercent(), Rounding.valueOf(p.rounding())));
    }

    private static FeedFilter filter(List<FieldError> errors, FeedFilter f) {
        List<String> categories = codes(errors, "filter.categories", f.categories(), names(Category.values()));
        List<String> metals = codes(errors, "filter.metals", f.metals(), names(Metal.values()));
        List<String> purities = texts(f.purities(), true);
        List<String> stoneTypes = texts(f.stoneTypes(), true);
        List<String> tags = texts(f.tags(), false);
        if (f.minPrice() != null && f.maxPrice() != null && f.minPrice().compareTo(f.maxPrice()) > 0) {
            errors.add(new FieldError("filter.maxPrice", "must not be below minPrice"));
        }
        return new FeedFilter(
                categories,
                metals,
                purities,
                stoneTypes,
                tags,
                f.minPrice(),
                f.maxPrice(),
                Boolean.TRUE.equals(f.inStockOnly()));
    }

    private static FeedPricingRule pricing(List<FieldError> errors, FeedPricingRule p) {
        String base = code(errors, "pricing.base", p.base(), names(PriceRule.Base.values()), "PRICE");
        String rounding = code(errors, "pricing.rounding", p.rounding(), names(Rounding.values()), "NONE");
        BigDecimal markup = p.markupPercent() == null ? BigDecimal.ZERO : p.markupPercent();
        return new FeedPricingRule(base, markup, rounding);
    }

    private static String code(
            List<FieldError> errors, String field, String value, List<String> allowed, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            errors.add(new FieldError(field, "must be one of " + allowed));
        }
        return upper;
    }

    private static List<String> codes(
            List<FieldError> errors, String field, List<String> values, List<String> allowed) {
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

    /** Trimmed, without doubles; blank texts are refused by a constraint of {@link FeedFilter}. */
    private static List<String> texts(List<String> values, boolean upper) {
        return (values == null ? List.<String>of() : values)
                .stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(v -> upper ? v.trim().toUpperCase(Locale.ROOT) : v.trim())
                        .distinct()
                        .toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
