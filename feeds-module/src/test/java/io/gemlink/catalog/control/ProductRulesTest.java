package io.gemlink.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.catalog.api.ProductData;
import io.gemlink.catalog.api.Stone;
import io.gemlink.platform.api.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductRulesTest {

    private static ProductData product(String sku, String price, Integer quantity) {
        return new ProductData(
                sku,
                "Ring",
                null,
                "ring",
                null,
                "gold",
                "14k",
                null,
                null,
                List.of(new Stone("Diamond", "round", new BigDecimal("0.5"), 1, null, null, "GIA", "123")),
                null,
                List.of("https://img.example.com/a.jpg"),
                "012345678905",
                null,
                price == null ? null : new BigDecimal(price),
                null,
                quantity,
                "R-1",
                "7",
                List.of(" bridal ", "bridal"));
    }

    @Test
    void aGoodProductPassesAndIsNormalized() {
        ProductData p = product(" R-1-7 ", "10.50", 2);

        assertThat(ProductRules.check(p)).isEmpty();
        ProductData n = ProductRules.normalize(p);
        assertThat(n.sku()).isEqualTo("R-1-7");
        assertThat(n.category()).isEqualTo("RING");
        assertThat(n.metal()).isEqualTo("GOLD");
        assertThat(n.purity()).isEqualTo("14K");
        assertThat(n.currency()).isEqualTo("USD");
        assertThat(n.tags()).containsExactly("bridal");
    }

    @Test
    void refusesTooLongSkusNegativePricesAndQuantitiesAndMissingRequiredFields() {
        assertThat(ProductRules.check(product("S".repeat(65), "-0.01", -1)))
                .extracting(FieldError::field)
                .containsExactly("sku", "price", "quantity");
        assertThat(ProductRules.check(product(" ", null, null)))
                .extracting(FieldError::field)
                .containsExactly("sku", "price", "quantity");
        assertThat(ProductRules.check(product("S".repeat(64), "0", 0))).isEmpty();
    }

    @Test
    void refusesUnknownCodesAndMalformedValues() {
        ProductData p = new ProductData(
                "X",
                "Ring",
                null,
                "TIARA",
                null,
                "TIN",
                null,
                null,
                new BigDecimal("-1"),
                List.of(new Stone(null, null, new BigDecimal("0.1234"), 0, null, null, null, null)),
                null,
                List.of("ftp://nope"),
                "12345",
                null,
                new BigDecimal("1.001"),
                "EURO",
                1,
                null,
                null,
                List.of("a|b"));

        assertThat(ProductRules.check(p))
                .extracting(FieldError::field)
                .containsExactly(
                        "category",
                        "metal",
                        "metalWeightGrams",
                        "stones[0].type",
                        "stones[0].caratWeight",
                        "stones[0].count",
                        "images[0]",
                        "barcode",
                        "price",
                        "currency",
                        "tags[0]");
    }
}
