package io.gemlink.linking.api;

import io.gemlink.platform.api.MaxDecimals;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/**
 * The distributor's price on top of the feed price: plus {@code markupPercent}, then rounded up
 * ({@code NONE}, {@code WHOLE}: next whole unit, {@code NINETY_NINE}: next price ending in .99).
 */
public record PriceRule(
        @DecimalMin(value = "-99.99", message = MARKUP)
        @DecimalMax(value = "10000", message = MARKUP)
        @MaxDecimals(value = 2, message = MARKUP)
        BigDecimal markupPercent,

        String rounding) {

    private static final String MARKUP = "must be between -99.99 and 10000, with at most 2 decimals";
}
