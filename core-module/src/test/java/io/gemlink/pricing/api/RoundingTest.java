package io.gemlink.pricing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "NINETY_NINE, 123.45, 123.99",
        "NINETY_NINE, 123.99, 123.99",
        "NINETY_NINE, 124.00, 124.99",
        "NINETY_NINE, 0.00, 0.99",
        "NINETY_NINE, 123.991, 124.99",
        "WHOLE, 123.45, 124.00",
        "WHOLE, 123.00, 123.00",
        "WHOLE, 123.001, 124.00",
        "NONE, 123.451, 123.46",
        "NONE, 10, 10.00",
    })
    void roundsUpNeverDown(Rounding rounding, String price, String expected) {
        assertThat(rounding.apply(new BigDecimal(price)))
                .isEqualByComparingTo(expected)
                .hasScaleOf(2);
    }
}
