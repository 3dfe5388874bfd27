package io.gemlink.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.catalog.control.ProductColumns;
import java.time.Instant;
import java.util.List;
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

    @Test
    void aFeedReadsTheColumnsOfItsFieldsAndNullInTheOthersPlaces() {
        String[] all = ProductRow.COLUMNS.split(", (?![^(]*\\))");
        String[] columns = ProductRow.columns(List.of("title", "images"), false).split(", (?![^(]*\\))");

        assertThat(columns).hasSameSizeAs(all);
        assertThat(columns)
                .contains("p.id", "p.sku", "p.title", "p.images_json", "p.cost", "p.price", "p.updated_at")
                .contains(SellableStock.sql() + " AS sellable")
                .contains("NULL AS description", "NULL AS stones_json", "NULL AS tags", "NULL AS currency");
        for (int i = 0; i < all.length; i++) {
            String column = all[i].replaceFirst("^p\\.", "").replaceFirst(".* AS ", "");
            assertThat(columns[i]).as("position %d", i).endsWith(column);
        }
        assertThat(ProductRow.columns(List.of(), true)).endsWith(", CAST(p.updated_at AS CHAR) AS updated_at");
    }

    @Test
    void everyOptionalFieldIsReadFromItsColumn() {
        for (String field : FeedFields.OPTIONAL) {
            String column = ProductRow.FIELD_COLUMNS.get(field);
            assertThat(ProductColumns.CONTENT).as(field).contains(column);
            assertThat(ProductRow.columns(List.of(field), false).split(", "))
                    .as(field)
                    .contains("p." + column);
        }
    }
}
