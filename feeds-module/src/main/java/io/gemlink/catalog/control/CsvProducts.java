package io.gemlink.catalog.control;

import io.gemlink.catalog.api.ProductData;
import io.gemlink.catalog.api.Stone;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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

    private CsvProducts() {}

    /** Refuses a header that names unknown columns or lacks a required one, before any row is read. */
    public static void checkHeader(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : header) {
            if (!COLUMNS.contains(name)) {
                errors.add(new FieldError(
                        "header", "unknown column '" + name + "'; known columns: " + String.join(",", COLUMNS)));
            }
        }
        for (String required : List.of("sku", "title", "price", "quantity")) {
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

    /** The product of one row, or the reasons it cannot be read (wrong number formats, broken stones JSON). */
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
        return new Result(errors.isEmpty() ? data : null, errors);
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
