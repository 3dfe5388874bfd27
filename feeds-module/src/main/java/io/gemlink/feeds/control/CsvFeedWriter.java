package io.gemlink.feeds.control;

import io.gemlink.feeds.api.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * <p>
 * Commons CSV writes a cell char by char; into a {@code BufferedWriter} each char takes its lock, which cost
 * a tenth of a feed's time. So rows are printed into a plain {@link StringBuilder} and go to the stream as
 * UTF-8 in chunks of about {@link #CHUNK} chars.
 */
final class CsvFeedWriter implements FeedWriter {

    static final int CHUNK = 32 * 1024;

    private final OutputStream out;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private final CSVPrinter printer;
    private final List<String> fields;

    CsvFeedWriter(OutputStream out, List<String> fields) {
        this.out = out;
        this.fields = fields;
        try {
            this.printer = new CSVPrinter(buffer, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void begin(String vendorPublicId, Instant generatedAt) throws Exception {
        List<String> header = new ArrayList<>(List.of("sku", "price", "quantity", "updatedAt", "removed"));
        header.addAll(fields);
        printer.printRecord(header);
        drain(false);
    }

    @Override
    public void product(ProductRow row, BigDecimal price) throws Exception {
        printer.print(SpreadsheetCells.neutralise(row.sku()));
        printer.print(price.toPlainString());
        printer.print(row.sellable());
        printer.print(row.updatedAt().toString());
        printer.print("");
        for (String field : fields) {
            Object value = FeedValues.of(row, field);
            printer.print(
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
        printer.println();
        drain(false);
    }

    @Override
    public void removed(String sku, Instant updatedAt) throws Exception {
        printer.print(SpreadsheetCells.neutralise(sku));
        printer.print("");
        printer.print("");
        printer.print(updatedAt.toString());
        printer.print("true");
        for (int i = 0; i < fields.size(); i++) {
            printer.print("");
        }
        printer.println();
        drain(false);
    }

    @Override
    public void end() throws Exception {
        drain(true);
    }

    @Override
    public void close() throws Exception {
        drain(true);
    }

    /** Writes what is buffered once it is a chunk, or all of it ({@code all}), and flushes the stream then. */
    private void drain(boolean all) throws IOException {
        if (buffer.length() >= CHUNK || (all && buffer.length() > 0)) {
            out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }
        if (all) {
            out.flush();
        }
    }
}
