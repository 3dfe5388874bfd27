package io.gemlink.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class ListSortTest {

    @Test
    void takesTheColumnsKeyAndDirection() {
        SortMeta byNumber =
                SortMeta.builder().field("number").order(SortOrder.DESCENDING).build();
        assertThat(ListSort.of(Map.of("c1", byNumber), "createdAt", false)).isEqualTo(new ListSort("number", false));
    }

    @Test
    void fallsBackToTheDefaultWhenNothingIsSorted() {
        assertThat(ListSort.of(Map.of(), "sku", true)).isEqualTo(new ListSort("sku", true));
        assertThat(ListSort.of(null, null, false)).isEqualTo(new ListSort(null, false));
    }

    @Test
    void readsAKeyFromASortExpression() {
        assertThat(ListSort.key("#{o.number()}")).isEqualTo("number");
        assertThat(ListSort.key("p.link().lastSyncedAt()")).isEqualTo("lastSyncedAt");
    }
}
