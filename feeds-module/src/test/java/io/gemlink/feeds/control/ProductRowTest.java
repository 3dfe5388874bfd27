package io.gemlink.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Stored UTC times as the drivers give them in text: with or without the fraction. */
class ProductRowTest {

    @Test
    void storedTimesReadAsUtcWithOrWithoutFraction() {
        assertThat(ProductRow.instant("2026-11-27 04:16:20")).isEqualTo(Instant.parse("2026-11-27T04:16:20Z"));
        assertThat(ProductRow.instant("2026-11-27 04:16:20.000000")).isEqualTo(Instant.parse("2026-11-27T04:16:20Z"));
        assertThat(ProductRow.instant("2026-11-27 04:16:20.1234"))
                .isEqualTo(Instant.parse("2026-11-27T04:16:20.1234Z"));
        assertThat(ProductRow.instant("2026-11-27 04:16:20.123456789"))
                .isEqualTo(Instant.parse("2026-11-27T04:16:20.123456789Z"));
        assertThat(ProductRow.instant("2026-11-27T04:16:20"))
                .as("another shape goes to the formatter")
                .isEqualTo(Instant.parse("2026-11-27T04:16:20Z"));
        assertThat(ProductRow.instant((String) null)).isNull();
    }

    @Test
    void readsTheCatalogsColumnsByPosition() {
        String[] columns = ProductRow.COLUMNS.split(", (?![^(]*\\))"); // not inside parentheses
        assertThat(columns)
                .containsExactly(
                        "p.id",
                        "p.sku",
                        "p.title",
                        "p.description",
                        "p.category",
                        "p.brand",
                        "p.metal",
                        "p.purity",
                        "p.metal_color",
                        "p.metal_weight_grams",
                        "p.stones_json",
                        "p.total_carat_weight",
                        "p.images_json",
                        "p.barcode",
                        "p.cost",
                        "p.price",
                        "p.currency",
                        SellableStock.sql() + " AS sellable",
                        "p.variant_group",
                        "p.size",
                        "p.tags",
                        "p.updated_at");
        assertThat(ProductRow.COLUMNS).isEqualTo(String.join(", ", columns));
    }
}
