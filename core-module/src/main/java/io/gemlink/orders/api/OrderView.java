package io.gemlink.orders.api;

import java.time.Instant;
import java.util.List;

/**
 * An order as the partner API answers it. A distributor order carries {@code dropship} (one part per
 * vendor); a vendor's dropship order carries the distributor's public id and order number. {@code cancellation}
 * is the last cancel that reached the order (by either side), else null. A dropship order whose vendor set a
 * deadline carries {@code acknowledgeBy} and, once the deadline passed with a line still OPEN, {@code overdue}
 * true (null on other orders).
 */
public record OrderView(
        long id,
        String number,
        Channel channel,
        String externalId,
        OrderStatus status,
        String currency,
        AddressView shippingAddress,
        List<OrderLineView> lines,
        Instant createdAt,
        List<ShipmentView> shipments,
        List<DropshipPartView> dropship,
        String sourceAccountPublicId,
        String sourceOrderNumber,
        CancellationView cancellation,
        Instant acknowledgeBy,
        Boolean overdue) {}
