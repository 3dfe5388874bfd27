package io.gemlink.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.catalog.api.ProductGroup;
import io.gemlink.catalog.api.ProductView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductListBackingTest {

    private final ProductListBacking list = new ProductListBacking();

    @Test
    void aGroupReadsAsItsSizesAndItsPriceRange() {
        ProductGroup ring = group(
                "120",
                "140",
                "USD",
                0,
                variant("R-6", "6", false),
                variant("R-8", "8", false),
                variant("R-10", "10", false));
        assertThat(list.variants(ring)).isEqualTo("3 sizes: 6–10");
        assertThat(list.price(ring)).isEqualTo("$120.00–$140.00");
        assertThat(list.hiddenText(ring)).isEmpty();
    }

    @Test
    void oneSizeOnePriceAndSomeHidden() {
        ProductGroup ring = group("99", "99", "EUR", 1, variant("R-6", "6", true), variant("R-7", null, false));
        assertThat(list.variants(ring)).as("not every variant has a size").isEqualTo("2 variants");
        assertThat(list.price(ring)).isEqualTo("€99.00");
        assertThat(list.hiddenText(ring)).isEqualTo("1 of 2 hidden");
        assertThat(list.price(group("1", "2", null, 0, variant("R-6", "6", false))))
                .isEqualTo("Several currencies");
    }

    @Test
    void aProductWithoutAGroupShowsItsOwnSize() {
        ProductView neck = variant("N-1", "45", true);
        ProductGroup single = new ProductGroup(
                1, null, "Necklace", null, 1, 1, BigDecimal.TEN, BigDecimal.TEN, "USD", 1, List.of(neck), Set.of());
        assertThat(list.variants(single)).isEqualTo("Size 45");
        assertThat(list.hiddenText(single)).isEqualTo("Hidden");
        assertThat(single.name()).isEqualTo("N-1");
    }

    private static ProductGroup group(String low, String high, String currency, long hidden, ProductView... items) {
        return new ProductGroup(
                1,
                "R",
                "Band",
                null,
                items.length,
                items.length,
                new BigDecimal(low),
                new BigDecimal(high),
                currency,
                hidden,
                List.of(items),
                Set.of());
    }

    private static ProductView variant(String sku, String size, boolean hidden) {
        return new ProductView(
                sku, "Band", null, null, null, null, null, null, null, List.of(), null, List.of(), null, null, null,
                "USD", 1, "R", size, List.of(), hidden, null, null, null);
    }
}
