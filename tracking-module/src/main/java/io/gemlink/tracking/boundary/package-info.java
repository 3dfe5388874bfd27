/**
 * Shipments and tracking. {@link io.gemlink.tracking.boundary.ShipmentService} adds a shipment to
 * one of the caller's orders (checked by carrier format and check digit, date rules; a number
 * already used on another order is flagged, not refused) in a transaction of its own
 * ({@link io.gemlink.tracking.boundary.ShipmentWriter}, run again if it loses a deadlock) and fires
 * {@link io.gemlink.tracking.api.ShipmentsAdded} in that transaction.
 * {@link io.gemlink.tracking.boundary.ShipmentPropagation} observes it in the same transaction and
 * copies dropship orders' shipments to the distributors' orders, moving both statuses.
 * {@link io.gemlink.tracking.boundary.BulkTracking} applies JSON/CSV rows in batches, each batch its
 * own transaction and written set-based ({@link io.gemlink.tracking.boundary.BulkChunk}: a constant number
 * of statements per batch; a single shipment is a batch of one); every upload is a job in the database
 * ({@link io.gemlink.tracking.boundary.BulkJobs}), counted in each batch's transaction, and
 * {@link io.gemlink.tracking.boundary.BulkJobTimer} marks the jobs of a stopped server INTERRUPTED.
 * {@link io.gemlink.tracking.boundary.WebhookOutbox} observes ShipmentsAdded to write notice rows (same
 * transaction) and to send them after the commit; {@link io.gemlink.tracking.boundary.WebhookTimer} retries
 * with backoff; {@link io.gemlink.tracking.boundary.WebhookTestSender} sends the admin's signed test notice (stored and
 * retried never); a webhook URL may not lead inward
 * (loopback, private networks, this server: refused when saved and at every delivery). The webhook secret
 * is stored sealed with the server's key; {@link io.gemlink.tracking.boundary.WebhookSecretSealer} seals
 * values from before that at start-up. {@link io.gemlink.tracking.boundary.ShipmentCorrections} lets a shipment's
 * owner correct or void it ({@link io.gemlink.tracking.boundary.ShipmentCorrector}: the distributor's copy, the
 * history rows and, when voiding, the orders' lines and statuses through {@code ShippableOrders}, in one
 * transaction; fires {@link io.gemlink.tracking.api.ShipmentUpdated} / {@link io.gemlink.tracking.api.ShipmentVoided},
 * which WebhookOutbox turns into notices). It does not talk to carriers (no live tracking status) and never
 * deletes a shipment: a voided one is kept.
 * {@link io.gemlink.tracking.boundary.WebhookStats} counts an account's failed and retrying notices for the
 * dashboards (docs/dashboards.md).
 */
package io.gemlink.tracking.boundary;
