package io.gemlink.linking.api;

import java.time.Instant;
import java.util.List;

/**
 * One run of an import source. {@code errors} is a bounded sample of the rejected rows (by row
 * number, 1 = the feed's first product); {@code rejected} counts them all. {@code failure} says why a
 * FAILED run changed nothing; {@code note} says what else a user should know (unchanged feed,
 * suspiciously small feed whose removals were skipped). {@code changesOnly}: the run fetched only what
 * changed since the previous run ({@code since}), so {@code rowsRead} counts those rows, not the feed.
 */
public record ImportRunView(
        long id,
        long sourceId,
        String status,
        String trigger,
        Instant startedAt,
        Instant finishedAt,
        int progress,
        int rowsRead,
        int created,
        int updated,
        int unchanged,
        int removed,
        int rejected,
        List<RejectedRow> errors,
        String failure,
        String note,
        boolean notModified,
        boolean suspicious,
        boolean changesOnly) {}
