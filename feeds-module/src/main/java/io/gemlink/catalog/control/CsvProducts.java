package io.gemlink.catalog.control;

import io.gemlink.catalog.api.ProductData;
import io.gemlink.catalog.api.Stone;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a catalog CSV row into a product. Columns are the product field names of docs/api.md; {@code images}
 * and {@code tags} are {@code |}-separated, {@code stones} is a JSON array in one cell (as in feeds).
 */
public final class CsvProducts {

    public static final List<String> COLUMNS = List.of(
            "sku",
            "title",
            "description",
            "category",
            "brand",
            "metal",
            "purity",
            "metalColor",
            "metalWeightGrams",
            "stones",
            "totalCaratWeight",
            "images",
            "barcode",
            "cost",
            "price",
            "currency",
            "quantity",
            "variantGroup",
            "size",
            "tags");

    /** The columns a catalog CSV must have. */
    public static final List<String> REQUIRED = List.of("sku", "title", "price", "quantity");

    /** One example row of {@link #template}, column by column. */
    private static final List<String> EXAMPLE = List.of(
            "R-100-7",
            "14K yellow gold solitaire ring",
            "A 0.50 ct round diamond in a four-prong setting.",
            "RING",
            "Valentina Gold",
            "GOLD",
            "14K",
            "yellow",
            "2.80",
            "[{\"type\":\"DIAMOND\",\"shape\":\"ROUND\",\"caratWeight\":0.5,\"count\":1,\"color\":\"G\","
                    + "\"clarity\":\"VS1\",\"certificateLab\":\"GIA\",\"certificateNumber\":\"2141438171\"}]",
            "0.50",
            "https://images.example.com/r-100-7.jpg|https://images.example.com/r-100-7-side.jpg",
            "012345678905",
            "420.00",
            "899.00",
            "USD",
            "5",
            "R-100",
            "7",
            "bridal|solitaire");

    private CsvProducts() {}

    /**
     * A CSV to fill in: the header row of every column this reader knows, in its order, and one example row that
     * imports as it stands (RFC 4180 quoting, CRLF line ends, UTF-8 without a byte order mark).
     */
    public static String template() {
        return line(COLUMNS) + line(EXAMPLE);
    }

    private static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (String cell : cells) {
            if (out.length() > 0) {
                out.append(',');
            }
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
            out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return out.append("\r\n").toString();
    }

    /** Refuses a header that names unknown columns or lacks a required one, before any row is read. */
    public static void checkHeader(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : header) {
            if (!COLUMNS.contains(name)) {
                errors.add(new FieldError(
                        "header", "unknown column '" + name + "'; known columns: " + String.join(",", COLUMNS)));
            }
        }
        for (String required : REQUIRED) {
            if (!header.contains(required)) {
                errors.add(new FieldError("header", "the required column '" + required + "' is missing"));
            }
        }
        if (Set.copyOf(header).size() != header.size()) {
            errors.add(new FieldError("header", "a column is named twice"));
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
    }

    /**
     * The product of one row, or every reason it is refused: the cells that cannot be read (wrong number formats,
     * broken stones JSON) and, with them, every product rule the rest of the row breaks. A row whose cells all read
     * comes back as a product; {@link ProductRules#check} then finds all its errors at once.
     */
    public static Result read(CSVRecord record) {
        List<FieldError> errors = new ArrayList<>();
        if (!record.isConsistent()) {
            errors.add(new FieldError(
                    "row",
                    "has " + record.size() + " cells, the header has "
                            + record.getParser().getHeaderNames().size()));
            return new Result(null, errors);
        }
        Cells c = new Cells(record, errors);
        ProductData data = new ProductData(
                c.text("sku"),
                c.text("title"),
                c.text("description"),
                c.text("category"),
                c.text("brand"),
                c.text("metal"),
                c.text("purity"),
                c.text("metalColor"),
                c.number("metalWeightGrams"),
                c.stones(),
                c.number("totalCaratWeight"),
                c.list("images"),
                c.text("barcode"),
                c.number("cost"),
                c.number("price"),
                c.text("currency"),
                c.integer("quantity"),
                c.text("variantGroup"),
                c.text("size"),
                c.list("tags"));
        if (errors.isEmpty()) {
            return new Result(data, errors);
        }
        // a cell that could not be read: the row is refused, with every other rule it breaks too, so that one
        // round of corrections is enough (a field already named keeps its reading error only)
        List<FieldError> all = new ArrayList<>(errors);
        for (FieldError rule : ProductRules.check(data)) {
            if (errors.stream().noneMatch(e -> root(rule.field()).equals(e.field()))) {
                all.add(rule);
            }
        }
        all.sort(Comparator.comparingInt(e -> position(e.field())));
        return new Result(null, all);
    }

    /** {@code stones[0].type} → {@code stones}. */
    private static String root(String field) {
        int end = 0;
        while (end < field.length() && field.charAt(end) != '[' && field.charAt(end) != '.') {
            end++;
        }
        return field.substring(0, end);
    }

    /** Where the field's column stands in {@link #COLUMNS}: errors come in the file's column order. */
    private static int position(String field) {
        int at = COLUMNS.indexOf(root(field));
        return at < 0 ? COLUMNS.size() : at;
    }

    /** A row read: the product, or the errors. */
    public record Result(ProductData product, List<FieldError> errors) {}

    private record Cells(CSVRecord record, List<FieldError> errors) {

        String text(String column) {
            if (!record.isMapped(column)) {
                return null;
            }
            String value = record.get(column);
            return value == null || value.isEmpty() ? null : value;
        }

        BigDecimal number(String column) {
            return parse(column, BigDecimal::new, "must be a number such as 12.50");
        }

        Integer integer(String column) {
            return parse(column, Integer::valueOf, "must be a whole number");
        }

        List<String> list(String column) {
            String value = text(column);
            return value == null
                    ? null
                    : Arrays.stream(value.split("\\|"))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }

        List<Stone> stones() {
            String value = text("stones");
            if (value == null) {
                return null;
            }
            try {
                return ProductMapping.stones(value);
            } catch (RuntimeException e) { // JsonbException: the cell is not a JSON array of stone objects
                errors.add(new FieldError(
                        "stones",
                        "must be a JSON array of stones, e.g."
                                + " [{\"type\":\"DIAMOND\",\"caratWeight\":0.5,\"count\":1}]"));
                return null;
            }
        }

        private <T> T parse(String column, Function<String, T> parser, String message) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value.trim());
            } catch (NumberFormatException e) {
                errors.add(new FieldError(column, message));
                return null;
            }
        }
    }
}
