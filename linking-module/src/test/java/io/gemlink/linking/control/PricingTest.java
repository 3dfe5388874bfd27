package io.gemlink.linking.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.pricing.api.Markup;
import io.gemlink.pricing.api.Rounding;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The markup and rounding themselves are core's ({@code MarkupTest}, {@code RoundingTest}). */
class PricingTest {

    @Test
    void theDistributorsMarkupIsAppliedToTheFeedPrice() {
        Pricing pricing = new Pricing(new Markup(new BigDecimal("10"), Rounding.NINETY_NINE), 0);
        assertThat(pricing.price(new BigDecimal("100.00"))).isEqualByComparingTo("110.99");
    }

    @Test
    void stockBufferNeverGoesBelowZero() {
        Pricing pricing = new Pricing(Markup.NONE, 2);
        assertThat(pricing.quantity(5)).isEqualTo(3);
        assertThat(pricing.quantity(1)).isZero();
    }
}
