package io.gemlink.feeds.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PriceRuleTest {

    @ParameterizedTest(name = "{0} {1}% {2}: cost {3}, price {4} -> {5}")
    @CsvSource({
            "COST, 150, NINETY_NINE, 40.00, 100.00, 100.99",
            "COST, 150, NONE, 40.00, 100.00, 100.00",
            "PRICE, 0, NONE, 40.00, 100.00, 100.00",
            "PRICE, 10, WHOLE, 40.00, 99.99, 110.00",
            "PRICE, 12.5, NONE, , 19.99, 22.49",
            "PRICE, -30, NINETY_NINE, , 100.00, 70.99",
            "COST, 33.333, NONE, 3.00, 10.00, 4.00",
            "PRICE, 0, NINETY_NINE, , 0.00, 0.99",
    })
    void pricesFromTheChosenBaseWithMarkupThenRounding(PriceRule.Base base, String markup, Rounding rounding,
                                                        String cost, String price, String expected) {
        PriceRule rule = new PriceRule(base, new BigDecimal(markup), rounding);

        BigDecimal result = rule.apply(cost == null ? null : new BigDecimal(cost), new BigDecimal(price));

        assertThat(result).isEqualByComparingTo(expected).hasScaleOf(2);
    }

    @Test
    void aCostBasedFeedHasNoPriceForAProductWithoutCost() {
        assertThat(new PriceRule(PriceRule.Base.COST, BigDecimal.TEN, Rounding.NONE).apply(null, new BigDecimal("50")))
                .isNull();
    }

    @Test
    void missingMarkupAndRoundingMeanNoneAtAll() {
        assertThat(new PriceRule(PriceRule.Base.PRICE, null, null).apply(null, new BigDecimal("12.345")))
                .isEqualByComparingTo("12.35");
    }
}
