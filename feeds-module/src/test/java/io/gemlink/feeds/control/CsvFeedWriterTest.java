package io.gemlink.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.feeds.api.FeedFormat;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A vendor's text cannot run a formula in a distributor's spreadsheet (OWASP CSV injection). */
class CsvFeedWriterTest {

    @Test
    void textCellsThatStartAFormulaAreWrittenAsTextAndNumbersAreNot() throws Exception {
        String csv = write(row("=HYPERLINK(\"http://evil\")", "+1", "@SUM(A1)", "-20% ring", "\tTabbed", "Plain ring"));

        assertThat(csv)
                .contains("'=HYPERLINK(\"\"http://evil\"\")", "'+1", "'@SUM(A1)", "'-20% ring", "'\tTabbed")
                .contains(",Plain ring")
                .doesNotContain(",=", ",+1", ",@", ",-20");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("'-R-1,12.50,");
    }

    private static ProductRow row(
            String title, String brand, String description, String metalColor, String size, String barcode) {
        return new ProductRow(
                1,
                "-R-1",
                title,
                description,
                "RING",
                brand,
                "GOLD",
                "14K",
                metalColor,
                null,
                null,
                null,
                null,
                barcode,
                null,
                new BigDecimal("12.50"),
                "USD",
                3,
                null,
                size,
                null,
                Instant.parse("2026-11-30T10:00:00Z"),
                true);
    }

    private static String write(ProductRow row) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FeedWriter writer = FeedWriter.of(
                FeedFormat.CSV, out, List.of("title", "brand", "description", "metalColor", "size", "barcode"))) {
            writer.begin("VG-100001", Instant.parse("2026-11-30T10:00:00Z"));
            writer.product(row, new BigDecimal("12.50"));
            writer.end();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
