/**
 * What the tracking boundary uses: carriers and their tracking-number rules, the shipment checks,
 * a correction's merge and field-by-field changes ({@link io.gemlink.tracking.control.ShipmentEdits}),
 * the shipment recorder (a batch of shipments at once) and its set-based reads and JDBC batch writes of
 * shipments and notices, the bulk CSV reader, and the outbound notice's payload, signature, HTTP client
 * (allowed addresses only, see core's {@code io.gemlink.platform.outbound}) and backoff. Fires
 * {@link io.gemlink.tracking.api.ShipmentsAdded} (from {@link io.gemlink.tracking.control.ShipmentRecorder});
 * observes nothing.
 */
package io.gemlink.tracking.control;
