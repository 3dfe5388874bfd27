package io.gemlink.orders.api;

import java.time.Instant;
import java.util.List;

/**
 * Fact: lines of {@code accountId}'s order were cancelled (all of them, or those named), fired once per order the
 * cancel reached (the distributor's and each vendor's dropship order) in the cancelling transaction; observed there
 * by tracking-module to owe the {@code order.cancelled} notice. {@code cancelledBy}: the public id of the account
 * that cancelled; {@code lineNos}: that order's lines the cancel closed; {@code status}: the order's after it.
 */
public record OrderCancelled(
        long accountId,
        long orderId,
        String orderNumber,
        Channel channel,
        List<Integer> lineNos,
        String cancelledBy,
        LineReason reason,
        String note,
        OrderStatus status,
        Instant cancelledAt) {

    public OrderCancelled {
        lineNos = List.copyOf(lineNos);
    }
}
