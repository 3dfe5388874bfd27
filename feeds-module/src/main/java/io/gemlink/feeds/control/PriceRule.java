package io.gemlink.feeds.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A feed's pricing, checked: the base (cost or retail price), the markup and the rounding. */
public record PriceRule(Base base, BigDecimal markupPercent, Rounding rounding) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public enum Base { COST, PRICE }

    /** The price a distributor sees, 2 decimals; null when the base is missing (no cost known). */
    public BigDecimal apply(BigDecimal cost, BigDecimal price) {
        BigDecimal value = base == Base.COST ? cost : price;
        if (value == null) {
            return null;
        }
        BigDecimal markup = markupPercent == null ? BigDecimal.ZERO : markupPercent;
        BigDecimal raw = value.multiply(HUNDRED.add(markup)).divide(HUNDRED, 4, RoundingMode.HALF_UP);
        return (rounding == null ? Rounding.NONE : rounding).apply(raw.max(BigDecimal.ZERO));
    }
}
