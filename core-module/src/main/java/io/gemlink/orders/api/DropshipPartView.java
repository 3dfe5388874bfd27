package io.gemlink.orders.api;

/**
 * A distributor order's part for one vendor: the vendor's order number and status once mirrored,
 * or why it was not created. While {@code PENDING}: the failed attempts so far and when the next one is due.
 */
public record DropshipPartView(
        String vendorPublicId,
        String vendorOrderNumber,
        String status,
        String skippedReason,
        int failedAttempts,
        java.time.Instant nextAttemptAt) {}
