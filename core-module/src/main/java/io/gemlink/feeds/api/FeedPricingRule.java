package io.gemlink.feeds.api;

import io.gemlink.platform.api.MaxDecimals;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/**
 * The price distributors see: {@code base} ({@code COST} or {@code PRICE}) plus {@code markupPercent}
 * (may be negative for a discount, above -100), then {@code rounding} ({@code NONE}, {@code WHOLE},
 * {@code NINETY_NINE}).
 */
public record FeedPricingRule(
        String base,

        @DecimalMin(value = "-100", inclusive = false, message = MARKUP)
        @DecimalMax(value = "10000", message = MARKUP)
        @MaxDecimals(value = 2, message = MARKUP)
        BigDecimal markupPercent,

        String rounding) {

    private static final String MARKUP = "must be above -100 and at most 10000, with at most 2 decimals";
}
