package io.gemlink.linking.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The distributor's price and stock from a feed row: markup, rounding and stock buffer. */
public record Pricing(BigDecimal markupPercent, Rounding rounding, int stockBuffer) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BigDecimal price(BigDecimal feedPrice) {
        BigDecimal factor = BigDecimal.ONE.add(markupPercent.divide(HUNDRED, 6, RoundingMode.HALF_UP));
        return rounding.apply(feedPrice.multiply(factor));
    }

    /** The vendor's quantity less the buffer, never below 0. */
    public int quantity(int vendorQuantity) {
        return Math.max(0, vendorQuantity - stockBuffer);
    }
}
