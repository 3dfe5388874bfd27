package io.gemlink.tracking.control;

/**
 * The texts a bulk job ends with when it did not finish: what is stored and what to upload again.
 * {@code lastRow} is the highest row number (CSV line, JSON array position) of the committed batches.
 */
public final class BulkReport {

    private BulkReport() {}

    public static String interrupted(int lastRow, int applied, int unchanged, int rejected) {
        if (lastRow == 0) {
            return "The server stopped before any row was stored: nothing was applied; upload the file again.";
        }
        return "The server stopped after row " + lastRow + ": rows up to " + lastRow + " were applied ("
                + counts(applied, unchanged, rejected) + "); upload the rows after " + lastRow + " again.";
    }

    /** The input stopped the upload (e.g. a CSV that breaks off): {@code reason} first, then what stays. */
    public static String stopped(String reason, int lastRow, int applied, int unchanged, int rejected) {
        if (lastRow == 0) {
            return reason;
        }
        return reason + " Rows up to " + lastRow + " were applied (" + counts(applied, unchanged, rejected)
                + "); upload the rows after " + lastRow + " again.";
    }

    private static String counts(int applied, int unchanged, int rejected) {
        return applied + " applied, " + unchanged + " unchanged, " + rejected + " rejected";
    }
}
