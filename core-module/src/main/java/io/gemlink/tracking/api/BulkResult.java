package io.gemlink.tracking.api;

import java.util.List;

/**
 * What a bulk tracking upload did: rows applied (each propagated like a single shipment), rows
 * that repeated a shipment already on the order ({@code unchanged}), rejected rows with their
 * reason, and warnings for applied rows (a tracking number already used on another order).
 */
public record BulkResult(int applied, int unchanged, List<RowIssue> rejected, List<RowIssue> warnings) {
}
