package io.gemlink.tracking.api;

import java.time.Instant;

/**
 * Fact: a shipment of {@code accountId}'s order was changed (fired in the changing transaction, after the row was
 * written). Observed in that transaction to owe the {@code shipment.updated} notice; fire one per account whose
 * order carries the shipment (the vendor's and the distributor's copy).
 */
public record ShipmentUpdated(long accountId, long orderId, long shipmentId, Instant updatedAt) {}
