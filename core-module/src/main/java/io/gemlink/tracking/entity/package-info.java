/**
 * Tracking's persistent state: shipments (a vendor's, and the copies carried to distributors'
 * orders), each account's outbound tracking webhook, and the delivery outbox with its attempt log
 * (migration {@code V6__tracking.sql}); bulk uploads as jobs with their kept rejected rows and warnings
 * ({@code V12__bulk_jobs.sql}); a shipment's corrections and voiding, field by field
 * ({@link io.gemlink.tracking.entity.ShipmentChange}, {@code V18__shipment_corrections.sql}). Entities only: the
 * rules live in tracking-module.
 */
package io.gemlink.tracking.entity;
