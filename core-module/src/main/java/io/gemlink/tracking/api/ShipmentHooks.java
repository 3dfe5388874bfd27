package io.gemlink.tracking.api;

import io.gemlink.tracking.entity.Shipment;

/**
 * Point where the integration tests inject a fault into shipment propagation. Production has no
 * implementation, so tracking-module calls nothing; the test EAR adds a CDI bean of this type (integration-tests,
 * {@code io.gemlink.it.faults}). It runs in the vendor shipment's transaction; an exception rolls it back.
 */
public interface ShipmentHooks {

    /** A vendor's shipment was copied to the distributor's order and the order's status moved. */
    void copied(Shipment vendorShipment);
}
