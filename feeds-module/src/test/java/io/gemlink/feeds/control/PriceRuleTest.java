package io.gemlink.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.pricing.api.Markup;
import io.gemlink.pricing.api.Rounding;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The markup itself is {@code MarkupTest}'s (core); here: which base a feed prices from. */
class PriceRuleTest {

    private static final Markup PLUS_150 = new Markup(new BigDecimal("150"), Rounding.NINETY_NINE);

    @Test
    void pricesFromTheChosenBase() {
        assertThat(new PriceRule(PriceRule.Base.COST, PLUS_150)
                        .apply(new BigDecimal("40.00"), new BigDecimal("100.00")))
                .isEqualByComparingTo("100.99");
        assertThat(new PriceRule(PriceRule.Base.PRICE, PLUS_150)
                        .apply(new BigDecimal("40.00"), new BigDecimal("100.00")))
                .isEqualByComparingTo("250.99");
    }

    @Test
    void aCostBasedFeedHasNoPriceForAProductWithoutCost() {
        assertThat(new PriceRule(PriceRule.Base.COST, new Markup(BigDecimal.TEN, Rounding.NONE))
                        .apply(null, new BigDecimal("50")))
                .isNull();
    }
}
