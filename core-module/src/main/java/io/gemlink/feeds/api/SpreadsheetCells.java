package io.gemlink.feeds.api;

/**
 * CSV injection defence for feed exports (OWASP "CSV Injection"): a text cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return would run as a formula when a distributor opens
 * the file in a spreadsheet, so it is written with a leading apostrophe, which spreadsheets show as text.
 * Gemlink's importer takes the apostrophe off again, so a title like "-20% ring" survives the round trip.
 * The one rule for the writer (feeds) and the reader (linking).
 */
public final class SpreadsheetCells {

    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetCells() {}

    /** The cell as written to a CSV feed. */
    public static String neutralise(String text) {
        return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The cell as the vendor wrote it: undoes {@link #neutralise} (only an apostrophe before a trigger). */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && TRIGGERS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }
}
