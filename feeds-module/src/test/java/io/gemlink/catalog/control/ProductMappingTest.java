package io.gemlink.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.catalog.api.Stone;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The stored JSON of stones and images is written with JSON-P but must stay the text JSON-B wrote before. */
class ProductMappingTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void stonesAreWrittenAsJsonBWritesThem() {
        List<Stone> stones = Arrays.asList(
                new Stone("DIAMOND", "ROUND", new BigDecimal("0.50"), 3, "G", "VS2", "GIA", "2141438297"),
                new Stone("Sapphire", null, null, null, null, null, null, null),
                new Stone("ruby", "oval", new BigDecimal("1E+3"), 1, "pigeon \"blood\"", "a\\b", "ÉLAB ✓", "tab\there"),
                null,
                new Stone("PEARL", "", new BigDecimal("12.345"), 20, "\u0001", "</script>", null, "0"));
        for (int i = 0; i < stones.size(); i++) {
            List<Stone> one = stones.subList(i, i + 1);
            assertThat(ProductMapping.stonesJson(one)).as("stone " + i).isEqualTo(JSONB.toJson(one));
        }
        assertThat(ProductMapping.stonesJson(stones)).isEqualTo(JSONB.toJson(stones));
    }

    @Test
    void stringsAreWrittenAsJsonBWritesThem() {
        List<String> images = Arrays.asList(
                "https://cdn.example/a.jpg", "https://cdn.example/b \"c\".jpg?x=1&y=ü", null, "\\\n\u2028");
        assertThat(ProductMapping.stringsJson(images)).isEqualTo(JSONB.toJson(images));
        assertThat(ProductMapping.stringsJson(List.of("https://x.example/1.jpg")))
                .isEqualTo("[\"https://x.example/1.jpg\"]");
    }
}
