package io.gemlink.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.catalog.api.ProductView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductGroupsTest {

    @Test
    void sizesComeInTheOrderPeopleCountThem() {
        List<ProductView> variants = new ArrayList<>();
        for (String size : new String[] {"10", "M", null, "6", "6.5", "8", "S"}) {
            variants.add(variant("R-" + size, size));
        }
        variants.sort(ProductGroups.BY_SIZE);
        assertThat(variants.stream().map(ProductView::size)).containsExactly("6", "6.5", "8", "10", "M", "S", null);
    }

    static ProductView variant(String sku, String size) {
        return new ProductView(
                sku, "Band", null, null, null, null, null, null, null, List.of(), null, List.of(), null, null, null,
                "USD", 1, "R", size, List.of(), false, null, null, null);
    }
}
