package io.gemlink.feeds.control;

import io.gemlink.feeds.api.SpreadsheetCells;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV: {@code sku,price,quantity,updatedAt,removed}, then the chosen fields; lists {@code |}-separated.
 * Text cells are neutralised against spreadsheet formulas ({@link SpreadsheetCells}).
 */
final class CsvFeedWriter implements FeedWriter {

    private final CSVPrinter printer;
    private final List<String> fields;

    CsvFeedWriter(OutputStream out, List<String> fields) {
        this.fields = fields;
        try {
            this.printer = new CSVPrinter(
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), CSVFormat.RFC4180);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void begin(String vendorPublicId, Instant generatedAt) throws Exception {
        List<String> header = new ArrayList<>(List.of("sku", "price", "quantity", "updatedAt", "removed"));
        header.addAll(fields);
        printer.printRecord(header);
    }

    @Override
    public void product(ProductRow row, BigDecimal price) throws Exception {
        List<Object> cells = new ArrayList<>(List.of(
                SpreadsheetCells.neutralise(row.sku()),
                price.toPlainString(),
                row.sellable(),
                row.updatedAt().toString(),
                ""));
        for (String field : fields) {
            Object value = FeedValues.of(row, field);
            cells.add(
                    value == null
                            ? ""
                            : value instanceof FeedValues.StonesJson stones
                                    ? stones.json()
                                    : value instanceof List<?> list
                                            ? SpreadsheetCells.neutralise(String.join("|", FeedValues.list(list)))
                                            : value instanceof BigDecimal number
                                                    ? number.toPlainString()
                                                    : SpreadsheetCells.neutralise(value.toString()));
        }
        printer.printRecord(cells);
    }

    @Override
    public void removed(String sku, Instant updatedAt) throws Exception {
        List<Object> cells =
                new ArrayList<>(List.of(SpreadsheetCells.neutralise(sku), "", "", updatedAt.toString(), "true"));
        fields.forEach(f -> cells.add(""));
        printer.printRecord(cells);
    }

    @Override
    public void end() throws Exception {
        printer.flush();
    }

    @Override
    public void close() throws Exception {
        printer.flush();
    }
}
