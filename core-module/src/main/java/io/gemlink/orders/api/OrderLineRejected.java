package io.gemlink.orders.api;

import java.time.Instant;

/**
 * Fact: a line of {@code accountId}'s order was rejected (fired in the rejecting transaction; observed there by
 * tracking-module to owe the {@code order.line_rejected} notice). Fire one per account to tell: the distributor
 * for the line of its order, and the vendor for the line of its dropship order if it should hear of it too.
 */
public record OrderLineRejected(
        long accountId,
        long orderId,
        String orderNumber,
        int lineNo,
        String sku,
        int quantity,
        String reason,
        OrderStatus status,
        Instant rejectedAt) {}
