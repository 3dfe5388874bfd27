package io.gemlink.linking.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gemlink.catalog.api.LinkedProductData;
import io.gemlink.pricing.api.Markup;
import io.gemlink.pricing.api.Rounding;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowMapperTest {

    private final RowMapper mapper =
            new RowMapper(new Pricing(new Markup(new BigDecimal("20"), Rounding.NINETY_NINE), 1), "USD");

    @Test
    void appliesPriceRuleAndStockBufferAndDefaults() throws RowRejected {
        LinkedProductData d =
                mapper.map(row(Map.of("sku", "R-1", "price", "100", "quantity", "3", "category", "ring")));

        assertThat(d.price()).isEqualByComparingTo("120.99");
        assertThat(d.quantity()).isEqualTo(2);
        assertThat(d.title()).as("a feed without titles: the SKU").isEqualTo("R-1");
        assertThat(d.category()).isEqualTo("RING");
        assertThat(d.currency()).isEqualTo("USD");
    }

    @Test
    void equalRowsHashEquallyAndAnyChangeChangesTheHash() throws RowRejected {
        Map<String, String> fields = new HashMap<>(Map.of("sku", "R-1", "price", "100", "quantity", "3"));
        String hash = mapper.map(row(fields)).hash();
        assertThat(mapper.map(row(fields)).hash()).isEqualTo(hash);

        fields.put("quantity", "5");
        assertThat(mapper.map(row(fields)).hash()).isNotEqualTo(hash);
    }

    @Test
    void rejectsRowsNamingTheField() {
        assertThatThrownBy(() -> mapper.map(row(Map.of("price", "1", "quantity", "1"))))
                .hasMessageStartingWith("sku:");
        assertThatThrownBy(() -> mapper.map(row(Map.of("sku", "A", "price", "abc", "quantity", "1"))))
                .hasMessageStartingWith("price:");
        assertThatThrownBy(() -> mapper.map(row(Map.of("sku", "A", "price", "1", "quantity", "-2"))))
                .hasMessageStartingWith("quantity:");
        assertThatThrownBy(() -> mapper.map(row(Map.of("sku", "A", "price", "1", "quantity", "1.5"))))
                .hasMessageStartingWith("quantity:");
        assertThatThrownBy(() -> mapper.map(row(Map.of("sku", "A", "price", "1", "quantity", "1", "metal", "TIN"))))
                .hasMessageStartingWith("metal:");
        assertThatThrownBy(() -> mapper.map(row(Map.of("sku", "A".repeat(65), "price", "1", "quantity", "1"))))
                .hasMessageStartingWith("sku:");
    }

    private static RawRow row(Map<String, String> fields) {
        return new RawRow(1, fields, null, List.of(), List.of(), false, null);
    }
}
