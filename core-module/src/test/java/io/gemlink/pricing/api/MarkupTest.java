package io.gemlink.pricing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkupTest {

    @ParameterizedTest(name = "{0} + {1}% {2} -> {3}")
    @CsvSource({
        "100.00, 10, NINETY_NINE, 110.99",
        "40.00, 150, NINETY_NINE, 100.99",
        "40.00, 150, NONE, 100.00",
        "99.99, 10, WHOLE, 110.00",
        "19.99, 12.5, NONE, 22.49",
        "100.00, -30, NINETY_NINE, 70.99",
        "3.00, 33.333, NONE, 4.00",
        "0.00, 0, NINETY_NINE, 0.99",
        "19.5, 0, NONE, 19.50",
    })
    void addsTheMarkupThenRounds(String price, String percent, Rounding rounding, String expected) {
        assertThat(new Markup(new BigDecimal(percent), rounding).apply(new BigDecimal(price)))
                .isEqualByComparingTo(expected)
                .hasScaleOf(2);
    }

    @Test
    void theMarkupIsExactSoThatTheRoundedPriceIsNeverBelowIt() {
        // 100.01 + 0.01 % = 100.020001: a cent more, not rounded away to 100.02 on the way
        assertThat(new Markup(new BigDecimal("0.01"), Rounding.NONE).apply(new BigDecimal("100.01")))
                .isEqualByComparingTo("100.03");
    }

    @Test
    void missingMarkupAndRoundingMeanNoneAtAll() {
        assertThat(new Markup(null, null).apply(new BigDecimal("12.345"))).isEqualByComparingTo("12.35");
        assertThat(Markup.NONE.apply(new BigDecimal("12.345"))).isEqualByComparingTo("12.35");
    }

    @Test
    void aMissingPriceHasNoPrice() {
        assertThat(new Markup(BigDecimal.TEN, Rounding.WHOLE).apply(null)).isNull();
    }
}
