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
        // account_id, the content, hidden, created_at, updated_at, version
        assertThat(marks(ProductColumns.UPSERT)).isEqualTo(1 + ProductColumns.CONTENT.size() + 4);
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
                .isEqualTo(1 + ProductColumns.CONTENT.size() + 4 + ProductColumns.LINK.size());
        assertThat(ProductColumns.INSERT_LINKED)
                .startsWith("INSERT INTO product (account_id, sku, title,")
                .doesNotContain("ON DUPLICATE KEY");
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
