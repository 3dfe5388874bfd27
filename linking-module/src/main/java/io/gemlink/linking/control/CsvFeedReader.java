package io.gemlink.linking.control;

import io.gemlink.feeds.api.SpreadsheetCells;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV feeds (RFC 4180, header row; lists {@code |}-separated; stones a JSON array in one cell). A cell that a
 * Gemlink feed neutralised against spreadsheet formulas gets its text back ({@link SpreadsheetCells}).
 */
class CsvFeedReader implements FeedReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    @Override
    public String read(InputStream body, Consumer<RawRow> rows) throws FeedException {
        try (CSVParser parser = CSVParser.builder()
                .setReader(new InputStreamReader(body, StandardCharsets.UTF_8))
                .setFormat(FORMAT)
                .get()) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", ""))
                    .toList();
            for (String required : List.of("sku", "price", "quantity")) {
                if (!header.contains(required)) {
                    throw new FeedException("CSV header has no '" + required + "' column");
                }
            }
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                rows.accept(toRow(row, record, header));
            }
            return null;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new FeedException("unreadable CSV: " + e.getMessage(), e);
        }
    }

    private static RawRow toRow(int row, CSVRecord record, List<String> header) {
        if (record.size() != header.size()) {
            return RawRow.malformed(row, "has " + record.size() + " columns, the header " + header.size());
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i), SpreadsheetCells.restore(record.get(i)));
        }
        return new RawRow(
                row,
                fields,
                blankToNull(fields.get("stones")),
                list(fields.get("images")),
                list(fields.get("tags")),
                "true".equalsIgnoreCase(String.valueOf(fields.get("removed")).trim()),
                null);
    }

    private static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
