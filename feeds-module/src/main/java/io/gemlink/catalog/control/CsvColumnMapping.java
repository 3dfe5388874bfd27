package io.gemlink.catalog.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A catalog CSV that is not in our layout (semicolons or tabs from a European spreadsheet, its own header names)
 * made into one: the delimiter sniffed from the header line, each column's field guessed from its header, and the
 * file re-written, row by row as it is read, as our comma layout for {@code CatalogImportService.importCsv}. One
 * record out for every record in, so the import's row numbers stay the file's.
 */
public final class CsvColumnMapping {

    /** How many values of each column the mapping step shows. */
    public static final int SAMPLES = 3;

    private static final int MAX_HEADER_CHARS = 1 << 20;
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final Map<String, String> ALIASES = aliases();

    private CsvColumnMapping() {}

    /** A file column: its header, its first values, and the field guessed for it (null: ignore). */
    public record Column(int index, String header, List<String> samples, String field) {}

    /** What the mapping step shows; {@code ourLayout}: comma-separated and every header is one of our columns. */
    public record Preview(char delimiter, List<Column> columns, boolean ourLayout) {}

    /** A mapping the import cannot use: {@code column} is the file column it concerns, -1 for the whole mapping. */
    public record Problem(int column, String message) {}

    /** The delimiter of a header line: the most frequent of comma, semicolon and tab outside quotes; comma if none. */
    public static char sniff(String headerLine) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            for (int i = 0; i < DELIMITERS.length && !quoted; i++) {
                if (c == DELIMITERS[i]) {
                    counts[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < DELIMITERS.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS[best];
    }

    /** Our field for a file's header name, matched without case, spaces and punctuation, or through an alias. */
    public static String suggest(String header) {
        return header == null ? null : ALIASES.get(normalized(header));
    }

    /**
     * The header and first {@value #SAMPLES} rows of a CSV, with a field guessed for each column (each field at most
     * once, the first column that matches wins). An empty file has no columns.
     */
    public static Preview preview(InputStream in) throws IOException {
        try (BufferedReader reader = new BufferedReader(withoutBom(in))) {
            reader.mark(MAX_HEADER_CHARS);
            String first = reader.readLine();
            reader.reset();
            if (first == null) {
                return new Preview(',', List.of(), false);
            }
            char delimiter = sniff(first);
            try (CSVParser parser = parser(reader, delimiter)) {
                Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    return new Preview(delimiter, List.of(), false);
                }
                List<String> header = records.next().toList();
                List<List<String>> samples = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    samples.add(new ArrayList<>());
                }
                for (int n = 0; n < SAMPLES && hasNext(records); n++) {
                    CSVRecord record = records.next();
                    for (int i = 0; i < header.size(); i++) {
                        samples.get(i).add(i < record.size() ? record.get(i) : "");
                    }
                }
                Set<String> taken = new HashSet<>();
                List<Column> columns = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    String field = suggest(header.get(i));
                    columns.add(
                            new Column(i, header.get(i), List.copyOf(samples.get(i)), taken.add(field) ? field : null));
                }
                boolean ours = delimiter == ',' && CsvProducts.COLUMNS.containsAll(header);
                return new Preview(delimiter, columns, ours);
            }
        }
    }

    /** Why a mapping (our field per file column, null: ignore) cannot be imported; empty when it can. */
    public static List<Problem> check(List<String> headers, List<String> fields) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> firstColumn = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (field == null || field.isEmpty()) {
                continue;
            }
            if (!CsvProducts.COLUMNS.contains(field)) {
                problems.add(new Problem(i, "unknown field '" + field + "'"));
                continue;
            }
            Integer earlier = firstColumn.putIfAbsent(field, i);
            if (earlier != null) {
                problems.add(new Problem(
                        i, "'" + field + "' is already the column '" + headers.get(earlier) + "'; map it once"));
            }
        }
        List<String> missing = CsvProducts.REQUIRED.stream()
                .filter(f -> !firstColumn.containsKey(f))
                .toList();
        if (!missing.isEmpty()) {
            problems.add(new Problem(-1, "a column is required for " + String.join(", ", missing)));
        }
        return problems;
    }

    /**
     * The CSV re-written as our comma layout, read lazily: the header row of the mapped fields, then each record's
     * mapped cells (RFC 4180 quoting). A record whose cell count differs from the file's header stays inconsistent,
     * so that the import refuses it as it would have. A file that cannot be read from some record on makes the
     * stream fail there, with the parser's reason. Closing it closes {@code in}.
     */
    public static InputStream rewrite(InputStream in, char delimiter, List<String> fields) throws IOException {
        return new Rewritten(parser(withoutBom(in), delimiter), fields);
    }

    private static final class Rewritten extends InputStream {
        private final CSVParser source;
        private final Iterator<CSVRecord> records;
        private final List<Integer> indexes = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final CSVPrinter printer;
        private byte[] buffer = new byte[0];
        private int position;
        private boolean headerSkipped;
        private int headerSize;

        Rewritten(CSVParser source, List<String> fields) throws IOException {
            this.source = source;
            this.records = source.iterator();
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i) != null && !fields.get(i).isEmpty()) {
                    indexes.add(i);
                    names.add(fields.get(i));
                }
            }
            this.printer = new CSVPrinter(text, CSVFormat.RFC4180);
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return buffer[position++] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, buffer.length - position);
            System.arraycopy(buffer, position, into, offset, n);
            position += n;
            return n;
        }

        private boolean fill() throws IOException {
            while (position == buffer.length) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return false;
                    }
                    record = records.next();
                } catch (UncheckedIOException broken) { // the import reports it at this row
                    throw broken.getCause();
                } catch (IllegalStateException broken) {
                    throw new IOException(broken.getMessage(), broken);
                }
                text.setLength(0);
                if (!headerSkipped) {
                    headerSkipped = true;
                    headerSize = record.size();
                    printer.printRecord(names);
                } else {
                    printer.printRecord(cells(record));
                }
                buffer = text.toString().getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return true;
        }

        private List<String> cells(CSVRecord record) {
            List<String> cells = new ArrayList<>(indexes.size() + 1);
            for (int index : indexes) {
                if (index < record.size()) {
                    cells.add(record.get(index));
                }
            }
            if (record.size() != headerSize && cells.size() == indexes.size()) {
                cells.add(""); // one cell too many: refused as a row whose cells do not match the header
            }
            return cells;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    private static CSVParser parser(Reader reader, char delimiter) throws IOException {
        // no header handling: a file's header may name a column twice or not at all, its first record is the header
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        return CSVParser.builder().setReader(reader).setFormat(format).get();
    }

    private static boolean hasNext(Iterator<CSVRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException broken) {
            return false; // the preview shows what could be read; the import reports the broken row
        }
    }

    private static Reader withoutBom(InputStream in) throws IOException {
        java.io.PushbackReader reader =
                new java.io.PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') { // spreadsheets often start a UTF-8 CSV with a byte order mark
            reader.unread(first);
        }
        return reader;
    }

    static String normalized(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new HashMap<>();
        for (String column : CsvProducts.COLUMNS) {
            aliases.put(normalized(column), column);
        }
        alias(
                aliases,
                "sku",
                "item #",
                "item",
                "item no",
                "item number",
                "item code",
                "style",
                "style no",
                "style number",
                "article",
                "article number",
                "product code",
                "part number",
                "reference",
                "ref");
        alias(aliases, "title", "name", "product name", "item name", "product title", "product");
        alias(aliases, "description", "desc", "long description", "details");
        alias(aliases, "category", "type", "product type");
        alias(aliases, "brand", "manufacturer", "designer", "collection");
        alias(aliases, "purity", "karat", "fineness");
        alias(aliases, "metalColor", "metal colour", "color", "colour");
        alias(aliases, "metalWeightGrams", "metal weight", "metal weight (g)", "weight", "weight (g)", "grams");
        alias(aliases, "totalCaratWeight", "carat weight", "carat", "carats", "ctw", "tcw");
        alias(aliases, "images", "image", "image url", "image urls", "pictures", "photos");
        alias(aliases, "barcode", "ean", "upc", "gtin");
        alias(aliases, "cost", "cost price", "wholesale", "wholesale price");
        alias(aliases, "price", "retail price", "msrp", "rrp", "srp", "sale price");
        alias(aliases, "quantity", "qty", "stock", "on hand", "inventory", "available");
        alias(aliases, "variantGroup", "variant group", "parent sku");
        alias(aliases, "size", "ring size");
        alias(aliases, "tags", "keywords");
        return Map.copyOf(aliases);
    }

    private static void alias(Map<String, String> aliases, String field, String... names) {
        for (String name : names) {
            aliases.put(normalized(name), field);
        }
    }
}
