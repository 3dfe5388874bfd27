package io.gemlink.linking.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When a source runs next, and when it is stale. A source is due when {@code nextRunAt} has passed (the
 * {@code ImportSource.DUE} query asks the database); a run started at {@code now} sets the next one
 * interval after now, never after the missed slot, so a source whose runs were missed while the server
 * was down runs once, not once per slot.
 */
public final class Schedule {

    private Schedule() {}

    public static Instant nextAfter(Instant runStartedAt, int everyMinutes) {
        return runStartedAt.plus(Duration.ofMinutes(everyMinutes));
    }

    /**
     * Stale: the vendor has not confirmed the feed for more than {@code intervals} intervals (counted
     * from the source's creation while it never has).
     */
    public static boolean isStale(
            Instant lastConfirmedAt, Instant createdAt, int everyMinutes, int intervals, Instant now) {
        Instant since = lastConfirmedAt != null ? lastConfirmedAt : createdAt;
        return since.plus(Duration.ofMinutes((long) everyMinutes * intervals)).isBefore(now);
    }
}
