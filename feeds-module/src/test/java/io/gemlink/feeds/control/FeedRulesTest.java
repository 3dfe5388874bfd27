package io.gemlink.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gemlink.feeds.api.FeedDefinition;
import io.gemlink.feeds.api.FeedFilter;
import io.gemlink.feeds.api.FeedPricingRule;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedRulesTest {

    @Test
    void fillsInDefaultsAndNormalizesCodes() {
        FeedDefinition d = FeedRules.check(new FeedDefinition(
                " Boutiques ",
                "json",
                List.of("sku", "title", "title", "cost"),
                new FeedFilter(
                        List.of("ring"), null, List.of("14k"), List.of("diamond"), List.of("bridal"), null, null, null),
                null));

        assertThat(d.name()).isEqualTo("Boutiques");
        assertThat(d.format()).isEqualTo("JSON");
        assertThat(d.fields()).containsExactly("title", "cost"); // sku is always there; no doubles
        assertThat(d.filter().categories()).containsExactly("RING");
        assertThat(d.filter().purities()).containsExactly("14K");
        assertThat(d.filter().stoneTypes()).containsExactly("DIAMOND");
        assertThat(d.filter().tags()).containsExactly("bridal");
        assertThat(d.filter().inStockOnly()).isFalse();
        assertThat(d.pricing()).isEqualTo(new FeedPricingRule("PRICE", BigDecimal.ZERO, "NONE"));
    }

    @Test
    void namesEveryBrokenRuleByItsField() {
        BadInputException e = catchThrowableOfType(
                BadInputException.class,
                () -> FeedRules.check(new FeedDefinition(
                        null,
                        "PDF",
                        List.of("secret"),
                        new FeedFilter(
                                List.of("TIARA"),
                                List.of("TIN"),
                                null,
                                null,
                                List.of("a,b"),
                                new BigDecimal("-1"),
                                null,
                                true),
                        new FeedPricingRule("MSRP", new BigDecimal("-100"), "UP"))));

        assertThat(e.errors())
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder(
                        "name",
                        "format",
                        "fields[0]",
                        "filter.categories[0]",
                        "filter.metals[0]",
                        "filter.tags[0]",
                        "filter.minPrice",
                        "pricing.base",
                        "pricing.markupPercent",
                        "pricing.rounding");
    }

    @Test
    void aPriceBandUpsideDownIsRefused() {
        BadInputException e = catchThrowableOfType(
                BadInputException.class,
                () -> FeedRules.check(new FeedDefinition(
                        "x",
                        "CSV",
                        null,
                        new FeedFilter(null, null, null, null, null, BigDecimal.TEN, BigDecimal.ONE, null),
                        null)));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("filter.maxPrice");
    }

    @Test
    void markupsAndPriceBandsHaveTheScaleAndSizeOfMoney() {
        BadInputException e = catchThrowableOfType(
                BadInputException.class,
                () -> FeedRules.check(new FeedDefinition(
                        "x",
                        "CSV",
                        null,
                        new FeedFilter(
                                null, null, null, null, null, new BigDecimal("0.001"), new BigDecimal("1E+20"), null),
                        new FeedPricingRule(null, new BigDecimal("1E-4000000"), null))));

        assertThat(e.errors())
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("filter.minPrice", "filter.maxPrice", "pricing.markupPercent");
        assertThat(FeedRules.check(new FeedDefinition(
                                "x",
                                "CSV",
                                null,
                                new FeedFilter(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        new BigDecimal("0.50"),
                                        new BigDecimal("9999999999.99"),
                                        null),
                                new FeedPricingRule(null, new BigDecimal("12.50"), null)))
                        .pricing()
                        .markupPercent())
                .isEqualByComparingTo("12.5");
    }
}
