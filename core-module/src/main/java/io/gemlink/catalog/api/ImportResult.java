package io.gemlink.catalog.api;

import java.util.List;

/**
 * The answer to a CSV import: good rows are stored, bad rows come back by their row number (the
 * header is row 1, the first product row 2, as a spreadsheet shows them) with the field and the
 * reason. {@code rejected} counts every bad row; {@code errors} lists the first ones only, so that a
 * badly broken 100,000-row file does not produce a 100,000-entry answer.
 */
public record ImportResult(int created, int updated, int rejected, List<RowError> errors) {

    /** One refused CSV row. */
    public record RowError(long row, String field, String message) {}
}
