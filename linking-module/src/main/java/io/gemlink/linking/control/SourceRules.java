package io.gemlink.linking.control;

import io.gemlink.catalog.api.LinkTarget;
import io.gemlink.linking.api.ImportSourceRequest;
import io.gemlink.linking.api.MissingRule;
import io.gemlink.linking.api.PriceRule;
import io.gemlink.platform.api.Constraints;
import io.gemlink.platform.api.FieldError;
import io.gemlink.pricing.api.Rounding;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Checks an import source request, naming every offending field at once: the constraints of
 * {@link ImportSourceRequest}, and here the URL's scheme, the codes and the kept fields. Fills in defaults:
 * every 60 minutes, no markup, no rounding, no stock buffer, {@code ZERO_STOCK}, nothing kept.
 */
public final class SourceRules {

    private SourceRules() {}

    /** A checked request. {@code token} null: keep the current one (on change). */
    public record Settings(
            String feedUrl,
            String token,
            int everyMinutes,
            BigDecimal markupPercent,
            Rounding rounding,
            int stockBuffer,
            MissingRule missing,
            List<String> keep,
            Boolean paused) {}

    public static Settings check(ImportSourceRequest r) {
        List<FieldError> errors = new ArrayList<>();
        String url = r.feedUrl() == null ? null : r.feedUrl().trim();
        if (url != null && !url.isEmpty() && !isHttpUrl(url)) { // required and length: constraints
            errors.add(new FieldError("feedUrl", ImportSourceRequest.URL));
        }
        int every = r.everyMinutes() == null ? 60 : r.everyMinutes();
        PriceRule rule = r.priceRule() == null ? new PriceRule(null, null) : r.priceRule();
        BigDecimal markup = rule.markupPercent() == null ? BigDecimal.ZERO : rule.markupPercent();
        Rounding rounding = parse(Rounding.class, rule.rounding(), Rounding.NONE, "priceRule.rounding", errors);
        int buffer = r.stockBuffer() == null ? 0 : r.stockBuffer();
        MissingRule missing = parse(MissingRule.class, r.missing(), MissingRule.ZERO_STOCK, "missing", errors);
        List<String> keep =
                r.keep() == null ? List.of() : r.keep().stream().distinct().toList();
        for (String field : keep) {
            if (!LinkTarget.KEEPABLE.contains(field)) {
                errors.add(
                        new FieldError("keep", "'" + field + "' is not one of " + new TreeSet<>(LinkTarget.KEEPABLE)));
            }
        }
        Constraints.check(r, errors);
        return new Settings(
                url,
                r.token() == null ? null : r.token().trim(),
                every,
                markup,
                rounding,
                buffer,
                missing,
                keep,
                r.paused());
    }

    /**
     * Whether {@code url} (trimmed) may be a source's feed URL as far as its text goes (length, http or https, a
     * host): what "Test connection" checks before it resolves or fetches anything.
     */
    public static boolean isFeedUrl(String url) {
        return url.length() <= ImportSourceRequest.MAX_URL && isHttpUrl(url);
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static <E extends Enum<E>> E parse(
            Class<E> type, String value, E fallback, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return fallback;
        }
    }
}
