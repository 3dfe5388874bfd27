package io.gemlink.orders.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Fact: mirroring created a dropship order for the vendor {@code accountId}, fired in the transaction that wrote it
 * (observed there by tracking-module to owe the {@code dropship_order.created} notice). Carries what the notice
 * says, so that the observer reads no orders table.
 */
public record DropshipOrderCreated(
        long accountId,
        long orderId,
        String number,
        Channel channel,
        String sourceAccountPublicId,
        String sourceOrderNumber,
        OrderStatus status,
        List<Line> lines,
        Instant createdAt) {

    public DropshipOrderCreated {
        lines = List.copyOf(lines);
    }

    /** One line of the vendor's order: the vendor's SKU and the price to the distributor. */
    public record Line(int lineNo, String sku, int quantity, BigDecimal unitPrice) {}
}
