package io.gemlink.feeds.api;

import java.math.BigDecimal;

/**
 * The price distributors see: {@code base} ({@code COST} or {@code PRICE}) plus {@code markupPercent}
 * (may be negative for a discount, above -100), then {@code rounding} ({@code NONE}, {@code WHOLE},
 * {@code NINETY_NINE}).
 */
public record FeedPricingRule(String base, BigDecimal markupPercent, String rounding) {
}
