package io.gemlink.orders.api;

import java.time.Instant;

/**
 * Fact: a vendor rejected a line, and the linked line of {@code accountId}'s order (the distributor's) followed it.
 * Fired in the rejecting transaction; observed there by tracking-module to owe the {@code order.line_rejected}
 * notice. {@code lineNo} and {@code sku} are the distributor's line's; {@code status} is its order's after the
 * rejection.
 */
public record OrderLineRejected(
        long accountId,
        long orderId,
        String orderNumber,
        int lineNo,
        String sku,
        int quantity,
        LineReason reason,
        String note,
        String rejectedBy,
        OrderStatus status,
        Instant rejectedAt) {}
