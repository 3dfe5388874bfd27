package io.gemlink.tracking.api;

import java.time.Instant;

/** A bulk tracking upload in the list of recent uploads: {@link BulkJobView} without its rows. */
public record BulkJobSummary(
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
        Instant finishedAt) {}
