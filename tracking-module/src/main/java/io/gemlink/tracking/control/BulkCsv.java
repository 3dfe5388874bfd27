package io.gemlink.tracking.control;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.tracking.api.BulkRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of a bulk tracking CSV (UTF-8, header row
 * {@code orderNumber,carrier,trackingNumber,sendDate,extendedField1}; extendedField1 may be left out).
 * Row numbers are line numbers of records: the header is row 1.
 */
public final class BulkCsv {

    public static final List<String> REQUIRED = List.of("orderNumber", "carrier", "trackingNumber", "sendDate");

    private BulkCsv() {}

    /** @throws BadInputException when the header lacks a required column */
    public static Iterator<BulkRow> rows(InputStream csv) {
        CSVParser parser;
        try {
            parser = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .setIgnoreHeaderCase(true)
                    .get()
                    .parse(new InputStreamReader(csv, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException("body", "is not a readable CSV file: " + e.getMessage());
        }
        Map<String, Integer> header = parser.getHeaderMap();
        for (String column : REQUIRED) {
            if (header.keySet().stream().noneMatch(column::equalsIgnoreCase)) {
                throw new BadInputException(
                        "body",
                        "the header row lacks the column " + column
                                + " (expected orderNumber,carrier,trackingNumber,sendDate,extendedField1)");
            }
        }
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new BadInputException("body", "the CSV file breaks off: " + e.getMessage());
                }
            }

            @Override
            public BulkRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord r = records.next();
                int row = (int) r.getRecordNumber() + 1; // record 1 is the first line after the header
                return new BulkRow(
                        row,
                        value(r, "orderNumber"),
                        value(r, "carrier"),
                        value(r, "trackingNumber"),
                        value(r, "sendDate"),
                        value(r, "extendedField1"));
            }
        };
    }

    private static String value(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? blankToNull(r.get(column)) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
