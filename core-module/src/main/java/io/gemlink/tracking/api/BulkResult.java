package io.gemlink.tracking.api;

import java.util.List;

/**
 * What a bulk tracking upload did: its job {@code id} (its report stays readable at
 * {@code /shipments/bulk/{id}}), rows applied (each propagated like a single shipment), rows that
 * repeated a shipment already on the order ({@code unchanged}), rejected rows with their reason, and
 * warnings for applied rows (a tracking number already used on another order).
 */
public record BulkResult(String id, int applied, int unchanged, List<RowIssue> rejected, List<RowIssue> warnings) {}
