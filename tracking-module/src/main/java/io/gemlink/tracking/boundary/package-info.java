/**
 * Shipments and tracking. For now: the carriers a vendor can ship with and their public tracking
 * pages. Fires and observes nothing yet.
 */
package io.gemlink.tracking.boundary;
