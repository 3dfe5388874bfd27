package io.gemlink.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvColumnMappingTest {

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The re-written stream read as CatalogImportService reads a file. */
    private static List<CSVRecord> asImported(InputStream csv) throws IOException {
        CSVParser parser = CSVParser.builder()
                .setReader(new InputStreamReader(csv, StandardCharsets.UTF_8))
                .setFormat(CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true)
                        .get())
                .get();
        return parser.getRecords();
    }

    @Test
    void sniffsTheDelimiterOfTheHeaderLine() {
        assertThat(CsvColumnMapping.sniff("sku,title,price")).isEqualTo(',');
        assertThat(CsvColumnMapping.sniff("Item #;Product name;Qty;Retail price"))
                .isEqualTo(';');
        assertThat(CsvColumnMapping.sniff("Item #\tProduct name\tQty")).isEqualTo('\t');
        assertThat(CsvColumnMapping.sniff("\"Name, long\";Price;Qty"))
                .as("commas inside quotes do not count")
                .isEqualTo(';');
        assertThat(CsvColumnMapping.sniff("sku")).as("one column: comma").isEqualTo(',');
    }

    @Test
    void matchesHeadersWithoutCaseSpacesAndPunctuationAndThroughAliases() {
        assertThat(CsvColumnMapping.suggest("Item #")).isEqualTo("sku");
        assertThat(CsvColumnMapping.suggest("item number")).isEqualTo("sku");
        assertThat(CsvColumnMapping.suggest("STYLE")).isEqualTo("sku");
        assertThat(CsvColumnMapping.suggest("Product name")).isEqualTo("title");
        assertThat(CsvColumnMapping.suggest("Qty")).isEqualTo("quantity");
        assertThat(CsvColumnMapping.suggest("Retail price")).isEqualTo("price");
        assertThat(CsvColumnMapping.suggest("MSRP")).isEqualTo("price");
        assertThat(CsvColumnMapping.suggest("Metal weight (g)")).isEqualTo("metalWeightGrams");
        assertThat(CsvColumnMapping.suggest("metal_color")).isEqualTo("metalColor");
        assertThat(CsvColumnMapping.suggest("Lot of things")).isNull();
    }

    @Test
    void previewsTheHeaderAndThreeSamplesWithEachFieldGuessedOnce() throws IOException {
        CsvColumnMapping.Preview preview =
                CsvColumnMapping.preview(bytes("\uFEFFItem #;Product name;Qty;Retail price;Name;Notes\n"
                        + "A-1;Ring;3;10,50;x;n1\nA-2;Chain;4;20;y;n2\nA-3;Stud;5;30;z;n3\nA-4;Cuff;6;40;w;n4\n"));

        assertThat(preview.delimiter()).isEqualTo(';');
        assertThat(preview.ourLayout()).isFalse();
        assertThat(preview.columns())
                .extracting(CsvColumnMapping.Column::field)
                .as("the second title-like column is left to the user")
                .containsExactly("sku", "title", "quantity", "price", null, null);
        assertThat(preview.columns().get(0).header())
                .as("without the byte order mark")
                .isEqualTo("Item #");
        assertThat(preview.columns().get(3).samples()).containsExactly("10,50", "20", "30");
    }

    @Test
    void ourOwnCommaLayoutNeedsNoMapping() throws IOException {
        assertThat(CsvColumnMapping.preview(bytes("sku,title,price,quantity\nA,B,1,2\n"))
                        .ourLayout())
                .isTrue();
        assertThat(CsvColumnMapping.preview(bytes("sku;title;price;quantity\nA;B;1;2\n"))
                        .ourLayout())
                .isFalse();
        assertThat(CsvColumnMapping.preview(bytes("sku,name,price,quantity\nA,B,1,2\n"))
                        .ourLayout())
                .isFalse();
    }

    @Test
    void refusesAMappingWithoutARequiredFieldOrWithAFieldTwice() {
        List<String> headers = List.of("Item #", "Product name", "Qty", "Retail price", "MSRP");

        assertThat(CsvColumnMapping.check(headers, Arrays.asList("sku", "title", "quantity", "price", null)))
                .isEmpty();
        assertThat(CsvColumnMapping.check(headers, Arrays.asList(null, "title", "quantity", "price", null)))
                .extracting(CsvColumnMapping.Problem::message)
                .containsExactly("a column is required for sku");
        assertThat(CsvColumnMapping.check(headers, Arrays.asList("sku", "title", "quantity", "price", "price")))
                .containsExactly(
                        new CsvColumnMapping.Problem(4, "'price' is already the column 'Retail price'; map it once"));
    }

    @Test
    void rewritesAsOurCommaLayoutKeepingQuotesNewlinesAndSemicolonsInsideFields() throws IOException {
        String file = "Item #;Product name;Notes;Qty;Retail price\r\n"
                + "A-1;\"Ring; \"\"Aurora\"\", 14K\";ignored;3;10.50\r\n"
                + "\r\n"
                + "A-2;\"Chain\nlong\";x;4;20\r\n"
                + "A-3;Stud;y;5;30\r\n";

        List<CSVRecord> rows = asImported(
                CsvColumnMapping.rewrite(bytes(file), ';', Arrays.asList("sku", "title", null, "quantity", "price")));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("sku", "title", "quantity", "price");
        assertThat(rows.get(0).toList()).containsExactly("A-1", "Ring; \"Aurora\", 14K", "3", "10.50");
        assertThat(rows.get(1).toList()).containsExactly("A-2", "Chain\nlong", "4", "20");
        assertThat(rows.get(2).get("price")).isEqualTo("30");
        assertThat(rows)
                .extracting(CSVRecord::getRecordNumber)
                .as("one record per record of the file, so the report's rows stay the file's")
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void aRowWithTheWrongNumberOfCellsStaysInconsistent() throws IOException {
        String file = "Item #;Product name;Qty;Retail price;Notes\nA-1;Ring;3;10\nA-2;Chain;4;20;n;extra\n";

        List<CSVRecord> rows = asImported(
                CsvColumnMapping.rewrite(bytes(file), ';', Arrays.asList("sku", "title", "quantity", "price", null)));

        assertThat(rows).extracting(CSVRecord::isConsistent).containsExactly(false, false);
    }

    @Test
    void aFileThatBreaksOffFailsTheStreamThere() throws IOException {
        String file = "Item #;Product name;Qty;Retail price\nA-1;Ring;3;10\nA-2;\"Chain\"x;4;20\n";
        CSVParser parser = CSVParser.builder()
                .setReader(new InputStreamReader(
                        CsvColumnMapping.rewrite(bytes(file), ';', List.of("sku", "title", "quantity", "price")),
                        StandardCharsets.UTF_8))
                .setFormat(CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())
                .get();
        var records = parser.iterator();

        assertThat(records.next().get("sku")).isEqualTo("A-1");
        assertThatThrownBy(records::next)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("at line: 3");
    }
}
