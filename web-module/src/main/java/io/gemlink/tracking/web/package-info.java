/**
 * Tracking in the partner API and the admin: shipments on an order ({@code /orders/{id}/shipments}),
 * bulk tracking ({@code /shipments/bulk}, JSON or CSV), the outbound tracking webhook and its
 * delivery log ({@code /settings/tracking-webhook}), the carriers; the tracking form and shipments on
 * the order page, the bulk upload page and the webhook page, which call a shipment's extended field 1 by the
 * account's own name for it ({@code ExtendedFieldNames}). Fires and observes nothing: the rules
 * live in tracking-module.
 */
package io.gemlink.tracking.web;
