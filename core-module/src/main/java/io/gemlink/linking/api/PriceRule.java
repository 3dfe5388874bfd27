package io.gemlink.linking.api;

import java.math.BigDecimal;

/**
 * The distributor's price on top of the feed price: plus {@code markupPercent}, then rounded up
 * ({@code NONE}, {@code WHOLE}: next whole unit, {@code NINETY_NINE}: next price ending in .99).
 */
public record PriceRule(BigDecimal markupPercent, String rounding) {
}
