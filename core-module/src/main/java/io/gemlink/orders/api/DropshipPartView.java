package io.gemlink.orders.api;

/**
 * A distributor order's part for one vendor: the vendor's order number and status once mirrored,
 * or why it was not created. While {@code PENDING}: the failed attempts so far and when the next one is due.
 * {@code acknowledgeBy}: the vendor's deadline for answering its lines (null: none); {@code overdue}: it passed
 * with a line still OPEN, and one is still OPEN (the distributor may cancel, as it always may).
 */
public record DropshipPartView(
        String vendorPublicId,
        String vendorOrderNumber,
        String status,
        String skippedReason,
        int failedAttempts,
        java.time.Instant nextAttemptAt,
        java.time.Instant acknowledgeBy,
        boolean overdue) {}
