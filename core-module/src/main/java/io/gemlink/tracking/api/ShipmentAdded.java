package io.gemlink.tracking.api;

/**
 * Fact: a shipment was added to an order of {@code accountId}, fired in the shipment's
 * transaction. {@code copy} is true for the distributor's copy of a vendor's shipment.
 * Observed in the same transaction to copy a dropship order's shipment to the distributor's order
 * and to write the outbound notice, and after the commit to send that notice.
 */
public record ShipmentAdded(long accountId, long orderId, long shipmentId, boolean copy) {}
