package io.gemlink.orders.api;

import java.time.Instant;

/**
 * Fact: {@code accountId}'s order was cancelled (fired in the cancelling transaction; observed there by
 * tracking-module to owe the {@code order.cancelled} notice). Fire one per order cancelled: the distributor's and
 * each vendor's dropship order that the cancel reached. {@code cancelledBy}: the public id of the account that
 * cancelled.
 */
public record OrderCancelled(
        long accountId,
        long orderId,
        String orderNumber,
        Channel channel,
        String cancelledBy,
        String reason,
        Instant cancelledAt) {}
