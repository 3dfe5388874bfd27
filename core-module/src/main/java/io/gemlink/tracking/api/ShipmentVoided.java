package io.gemlink.tracking.api;

import java.time.Instant;

/**
 * Fact: a shipment of {@code accountId}'s order was voided (fired in the voiding transaction, while the shipment row
 * can still be read). Observed in that transaction to owe the {@code shipment.voided} notice; fire one per account
 * whose order carries the shipment.
 */
public record ShipmentVoided(long accountId, long orderId, long shipmentId, Instant voidedAt) {}
