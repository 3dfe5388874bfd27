package io.gemlink.tracking.api;

/**
 * A bulk tracking upload running in the background: rows done of the total, and once finished its
 * result (or why it failed as a whole, e.g. a header without a required column).
 */
public record BulkJobView(String id, int totalRows, int doneRows, boolean finished, BulkResult result, String failure) {

    /** 0 to 100, for a progress bar; 100 only once finished. */
    public int percent() {
        if (finished) {
            return 100;
        }
        return totalRows <= 0 ? 0 : Math.min(99, (int) (100L * doneRows / totalRows));
    }
}
