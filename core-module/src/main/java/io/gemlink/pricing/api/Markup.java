package io.gemlink.pricing.api;

import java.math.BigDecimal;

/**
 * A price plus {@code percent} (negative for a discount; the rules that accept one keep it above -100), then
 * {@code rounding}. The markup is exact: only the rounding moves the price, and never down.
 * Null parts mean none: no markup, {@link Rounding#NONE}.
 */
public record Markup(BigDecimal percent, Rounding rounding) {

    public static final Markup NONE = new Markup(BigDecimal.ZERO, Rounding.NONE);

    /** The price with the markup, 2 decimals, never below 0; null for a null price (nothing to price). */
    public BigDecimal apply(BigDecimal price) {
        if (price == null) {
            return null;
        }
        BigDecimal marked =
                percent == null ? price : price.add(price.multiply(percent).movePointLeft(2));
        return (rounding == null ? Rounding.NONE : rounding).apply(marked.max(BigDecimal.ZERO));
    }
}
