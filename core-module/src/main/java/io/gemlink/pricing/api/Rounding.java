package io.gemlink.pricing.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a price is rounded (docs/api.md): to 2 decimals, never down.
 * {@code NINETY_NINE} raises to the next price ending in .99 (123.45 → 123.99; 123.99 stays);
 * {@code WHOLE} raises to the next whole unit (123.45 → 124.00; 123.00 stays).
 */
public enum Rounding {
    NONE,
    WHOLE,
    NINETY_NINE;

    private static final BigDecimal NINETY_NINE_CENTS = new BigDecimal("0.99"); // parsed once, not per price

    public BigDecimal apply(BigDecimal price) {
        BigDecimal cents = price.setScale(2, RoundingMode.UP);
        return switch (this) {
            case NONE -> cents;
            case WHOLE -> cents.setScale(0, RoundingMode.CEILING).setScale(2);
            case NINETY_NINE -> {
                BigDecimal candidate = cents.setScale(0, RoundingMode.FLOOR).add(NINETY_NINE_CENTS);
                yield candidate.compareTo(cents) >= 0 ? candidate : candidate.add(BigDecimal.ONE);
            }
        };
    }
}
