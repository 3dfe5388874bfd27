package io.gemlink.feeds.boundary;

import io.gemlink.feeds.control.PriceRule;
import io.gemlink.feeds.control.Rounding;
import jakarta.ejb.Stateless;

import java.math.BigDecimal;

/**
 * The price a distributor sees in a feed: a base (cost or retail price), a markup, a rounding. Feed
 * delivery applies the same {@link PriceRule} row by row; this boundary lets other callers price one value.
 */
@Stateless
public class FeedPricing {

    public BigDecimal price(BigDecimal base, BigDecimal markupPercent, Rounding rounding) {
        return new PriceRule(PriceRule.Base.PRICE, markupPercent, rounding).apply(null, base);
    }
}
