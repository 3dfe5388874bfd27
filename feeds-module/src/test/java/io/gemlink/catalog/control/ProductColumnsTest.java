package io.gemlink.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The statements made from product's one column list bind as many values as they name columns. */
class ProductColumnsTest {

    private static long marks(String sql) {
        return sql.chars().filter(c -> c == '?').count();
    }

    @Test
    void theUpsertBindsEveryInsertedColumnAndUpdatesTheContentButNotTheSku() {
        // account_id, the content, created_at, updated_at (hidden and version: literals)
        assertThat(marks(ProductColumns.UPSERT)).isEqualTo(1 + ProductColumns.CONTENT.size() + 2);
        assertThat(ProductColumns.UPSERT)
                .contains("title = VALUES(title)")
                .contains("tags = VALUES(tags)")
                .contains("version = version + 1")
                .doesNotContain("sku = VALUES(sku)")
                .doesNotContain("hidden = VALUES")
                .doesNotContain("link_");
    }

    @Test
    void theLinkedInsertAddsTheLinkColumns() {
        assertThat(marks(ProductColumns.INSERT_LINKED))
                .isEqualTo(1 + ProductColumns.CONTENT.size() + 2 + ProductColumns.LINK.size());
        assertThat(ProductColumns.INSERT_LINKED)
                .startsWith("INSERT INTO product (account_id, sku, title,")
                .contains("hidden, created_at, updated_at, version, link_source_id")
                .contains("?, 0, ?, ?, 0, ?")
                .doesNotContain("ON DUPLICATE KEY");
    }

    @Test
    void theLinkedUpdateLeavesKeptFieldsAloneAndShowsAHandledProductBeforeItsHashIsSet() {
        var columns = ProductColumns.updatedContent(Set.of("title", "images", "price"));
        String sql = ProductColumns.updateLinked(columns);

        assertThat(columns)
                .doesNotContain("sku", "title", "images_json", "price")
                .contains("description", "quantity", "cost", "stones_json", "tags");
        assertThat(columns).hasSize(ProductColumns.CONTENT.size() - 4);
        // the content, vendor price, hash, synced at, updated at, id
        assertThat(marks(sql)).isEqualTo(columns.size() + 5);
        assertThat(sql.indexOf("hidden = CASE WHEN link_content_hash IS NULL"))
                .as("MySQL assigns left to right: hidden must read the hash before it is set")
                .isPositive()
                .isLessThan(sql.indexOf("link_content_hash = ?"));
        assertThat(sql).contains("version = version + 1").endsWith("WHERE id = ?");
        assertThat(ProductColumns.updatedContent(Set.of())).hasSize(ProductColumns.CONTENT.size() - 1);
    }

    @Test
    void theSelectListReplacesWhatItIsTold() {
        assertThat(ProductColumns.select("p", Set.of("stone_types"), Map.of("quantity", "q AS sellable")))
                .startsWith("p.id, p.sku, p.title, ")
                .contains(", q AS sellable, ")
                .endsWith(", p.updated_at")
                .doesNotContain("stone_types");
    }

    @Test
    void marksForInLists() {
        assertThat(SqlMarks.in(3)).isEqualTo("IN (?, ?, ?)");
        assertThat(SqlMarks.list(1)).isEqualTo("?");
    }
}
