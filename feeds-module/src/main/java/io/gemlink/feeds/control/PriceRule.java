package io.gemlink.feeds.control;

import io.gemlink.pricing.api.Markup;
import java.math.BigDecimal;

/** A feed's pricing, checked: the base (cost or retail price), then the markup with its rounding. */
public record PriceRule(Base base, Markup markup) {

    public enum Base {
        COST,
        PRICE
    }

    /** The price a distributor sees, 2 decimals; null when the base is missing (no cost known). */
    public BigDecimal apply(BigDecimal cost, BigDecimal price) {
        return markup.apply(base == Base.COST ? cost : price);
    }
}
