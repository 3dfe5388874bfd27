package io.gemlink.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.platform.api.FieldError;
import java.io.IOException;
import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvProductsTest {

    private static CSVRecord row(String csv) throws IOException {
        CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(csv))
                .setFormat(CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())
                .get();
        return parser.iterator().next();
    }

    @Test
    void aRowWithAnUnreadableCellReportsEveryOtherBrokenRuleToo() throws IOException {
        CsvProducts.Result read =
                CsvProducts.read(row("sku,title,category,price,quantity,currency\nR-1,,WATCH,abc,x,dollars\n"));

        assertThat(read.product()).isNull();
        assertThat(read.errors())
                .extracting(FieldError::field)
                .as("all of them, in the file's column order")
                .containsExactly("title", "category", "price", "currency", "quantity");
        assertThat(read.errors())
                .filteredOn(e -> e.field().equals("price"))
                .extracting(FieldError::message)
                .as("an unreadable cell keeps its reading error, not also 'is required'")
                .containsExactly("must be a number such as 12.50");
    }

    @Test
    void aRowWhoseCellsAllReadIsAProductForTheRules() throws IOException {
        CsvProducts.Result read = CsvProducts.read(row("sku,title,price,quantity\nR-1,,12.50,3\n"));

        assertThat(read.errors()).isEmpty();
        assertThat(read.product().sku()).isEqualTo("R-1");
        assertThat(ProductRules.check(read.product()))
                .extracting(FieldError::field)
                .containsExactly("title");
    }

    @Test
    void theTemplateNamesEveryColumnOnceWithOneExampleValueEach() throws IOException {
        String template = CsvProducts.template();

        assertThat(template.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", CsvProducts.COLUMNS));
        assertThat(template.lines()).hasSize(2);
        CSVRecord example = row(template);
        assertThat(example.isConsistent()).isTrue();
        assertThat(example.get("stones")).startsWith("[{\"type\":\"DIAMOND\"");
        assertThat(example.get("price")).isEqualTo("899.00");
        // that the example imports as it stands (stones need JSON-B, which only the server has): FormsScreensIT
    }
}
