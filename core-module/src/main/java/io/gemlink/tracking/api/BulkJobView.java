package io.gemlink.tracking.api;

import java.time.Instant;
import java.util.List;

/**
 * One bulk tracking upload with its report. {@code status}: RUNNING, FINISHED, FAILED (its input
 * stopped it, {@code failure} says why) or INTERRUPTED (the server stopped; {@code failure} says after
 * which row). The counters are exact; {@code rejected} and {@code warnings} hold only the first
 * {@code gemlink.tracking.bulk.kept-issues} of each ({@code rejectedCount}, {@code warningCount} count all).
 * {@code totalRows} is null while unknown (a CSV streamed to the API).
 */
public record BulkJobView(
        String id,
        String origin,
        String status,
        String fileName,
        Integer totalRows,
        int doneRows,
        int applied,
        int unchanged,
        int rejectedCount,
        int warningCount,
        String failure,
        Instant startedAt,
        Instant updatedAt,
        Instant finishedAt,
        List<RowIssue> rejected,
        List<RowIssue> warnings) {

    public boolean finished() {
        return !"RUNNING".equals(status);
    }

    /** 0 to 100, for a progress bar; 100 only once it has ended, whatever the outcome. */
    public int percent() {
        if (finished()) {
            return 100;
        }
        return totalRows == null || totalRows <= 0 ? 0 : Math.min(99, (int) (100L * doneRows / totalRows));
    }
}
