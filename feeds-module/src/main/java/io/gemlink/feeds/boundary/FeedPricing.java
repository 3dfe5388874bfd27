package io.gemlink.feeds.boundary;

import io.gemlink.feeds.control.Rounding;
import jakarta.ejb.Stateless;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The price a distributor sees in a feed: a base (cost or retail price), a markup, a rounding. */
@Stateless
public class FeedPricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BigDecimal price(BigDecimal base, BigDecimal markupPercent, Rounding rounding) {
        BigDecimal markup = markupPercent == null ? BigDecimal.ZERO : markupPercent;
        BigDecimal raw = base.multiply(HUNDRED.add(markup)).divide(HUNDRED, 4, RoundingMode.HALF_UP);
        return (rounding == null ? Rounding.NONE : rounding).apply(raw);
    }
}
