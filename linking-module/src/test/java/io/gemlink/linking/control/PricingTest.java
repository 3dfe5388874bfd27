package io.gemlink.linking.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PricingTest {

    @Test
    void ninetyNineRaisesToTheNextPriceEndingInNinetyNine() {
        assertThat(Rounding.NINETY_NINE.apply(new BigDecimal("123.45"))).isEqualByComparingTo("123.99");
        assertThat(Rounding.NINETY_NINE.apply(new BigDecimal("123.99"))).isEqualByComparingTo("123.99");
        assertThat(Rounding.NINETY_NINE.apply(new BigDecimal("124.00"))).isEqualByComparingTo("124.99");
    }

    @Test
    void wholeRaisesToTheNextWholeUnitAndKeepsWholePrices() {
        assertThat(Rounding.WHOLE.apply(new BigDecimal("123.45"))).isEqualByComparingTo("124.00");
        assertThat(Rounding.WHOLE.apply(new BigDecimal("123.00"))).isEqualByComparingTo("123.00");
    }

    @Test
    void markupIsAppliedBeforeRounding() {
        Pricing pricing = new Pricing(new BigDecimal("10"), Rounding.NINETY_NINE, 0);
        assertThat(pricing.price(new BigDecimal("100.00"))).isEqualByComparingTo("110.99");
        assertThat(new Pricing(BigDecimal.ZERO, Rounding.NONE, 0).price(new BigDecimal("19.5"))).isEqualTo(new BigDecimal("19.50"));
    }

    @Test
    void stockBufferNeverGoesBelowZero() {
        Pricing pricing = new Pricing(BigDecimal.ZERO, Rounding.NONE, 2);
        assertThat(pricing.quantity(5)).isEqualTo(3);
        assertThat(pricing.quantity(1)).isZero();
    }
}
