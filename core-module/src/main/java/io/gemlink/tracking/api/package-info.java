/**
 * Tracking's published types: the shipment request and answer, the bulk row and result, a bulk upload's
 * job (its summary and report), the outbound webhook's settings and delivery log, the carriers, the
 * {@link io.gemlink.tracking.api.ShipmentsAdded} event (fired by tracking-module once per writing transaction,
 * in it), {@link io.gemlink.tracking.api.ShipmentUpdated} and {@link io.gemlink.tracking.api.ShipmentVoided} (a
 * shipment corrected or voided, one per account whose order carries it, in that transaction), a shipment's history
 * entry ({@link io.gemlink.tracking.api.ShipmentChangeView}), {@link io.gemlink.tracking.api.ShipmentDirectory}
 * (the other modules' reads of shipments) and {@link io.gemlink.tracking.api.ShipmentHooks}, a point for the tests'
 * fault injection.
 */
package io.gemlink.tracking.api;
