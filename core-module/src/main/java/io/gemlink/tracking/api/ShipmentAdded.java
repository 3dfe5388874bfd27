package io.gemlink.tracking.api;

/**
 * One shipment of {@link ShipmentsAdded}: added to an order of {@code accountId}. {@code copy} is true for the
 * distributor's copy of a vendor's shipment.
 */
public record ShipmentAdded(long accountId, long orderId, long shipmentId, boolean copy) {}
