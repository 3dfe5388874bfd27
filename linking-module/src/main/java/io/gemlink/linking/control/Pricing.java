package io.gemlink.linking.control;

import io.gemlink.pricing.api.Markup;
import java.math.BigDecimal;

/** The distributor's price and stock from a feed row: its markup (with rounding) and its stock buffer. */
public record Pricing(Markup markup, int stockBuffer) {

    public BigDecimal price(BigDecimal feedPrice) {
        return markup.apply(feedPrice);
    }

    /** The vendor's quantity less the buffer, never below 0. */
    public int quantity(int vendorQuantity) {
        return Math.max(0, vendorQuantity - stockBuffer);
    }
}
