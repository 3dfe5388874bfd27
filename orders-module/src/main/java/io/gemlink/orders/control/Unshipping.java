package io.gemlink.orders.control;

import io.gemlink.orders.api.LineState;
import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.entity.DropshipPart;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.orders.entity.SalesOrderLine;
import io.gemlink.tracking.api.ShipmentDirectory;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders whose shipments were voided, in the caller's transaction and under its locks: the SHIPPED lines no live
 * shipment carries any more go back (ACCEPTED if accepted, else OPEN), and an order with no live shipment left
 * goes back to its status before it shipped, then as {@link OrderStatuses} works it out from its lines (a line
 * rejected meanwhile: PARTIALLY_REJECTED). A line is carried by the order's own live shipments when it is not on a
 * vendor's dropship order, else by a live copy of that vendor order's shipments.
 */
public final class Unshipping {

    /** An order that shipped before its earlier status was kept has nothing better to go back to. */
    static final OrderStatus FALLBACK = OrderStatus.AWAITING_SHIPMENT;

    static final String SHIPPED_LINES =
            "SELECT l FROM SalesOrderLine l WHERE l.order.id IN :ids AND l.state = :shipped";
    static final String PARTS = "SELECT p FROM DropshipPart p WHERE p.orderId IN :ids AND p.vendorOrderId IS NOT NULL";

    private Unshipping() {}

    /** @return the orders that still carry a live shipment (their status moves as after a shipment) */
    public static List<Long> apply(
            EntityManager em, ShipmentDirectory shipments, Collection<Long> orderIds, Instant now) {
        List<Long> ids = List.copyOf(new TreeSet<>(orderIds));
        Set<Long> withOwn = shipments.withOwnShipments(ids);
        Map<Long, Set<Long>> copiedFrom = shipments.shippedVendorOrders(ids);
        Map<Long, Map<Long, Long>> vendorOrderOf = new HashMap<>(); // order → vendor account → vendor order
        em.createQuery(PARTS, DropshipPart.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(p -> vendorOrderOf
                        .computeIfAbsent(p.getOrderId(), k -> new HashMap<>())
                        .put(p.getVendorAccountId(), p.getVendorOrderId()));
        for (SalesOrderLine line : em.createQuery(SHIPPED_LINES, SalesOrderLine.class)
                .setParameter("ids", ids)
                .setParameter("shipped", LineState.SHIPPED)
                .getResultList()) {
            long orderId = line.getOrder().getId();
            Long vendorOrder = line.getVendorAccountId() == null
                    ? null
                    : vendorOrderOf.getOrDefault(orderId, Map.of()).get(line.getVendorAccountId());
            boolean carried = vendorOrder == null
                    ? withOwn.contains(orderId)
                    : copiedFrom.getOrDefault(orderId, Set.of()).contains(vendorOrder);
            if (!carried) {
                line.unship();
            }
        }
        List<Long> stillShipping = new ArrayList<>();
        for (Long id : ids) {
            if (withOwn.contains(id) || copiedFrom.containsKey(id)) {
                stillShipping.add(id);
            } else {
                SalesOrder order = em.find(SalesOrder.class, id);
                order.unshipped(FALLBACK, now);
                order.changeStatus(OrderStatuses.after(order), now);
            }
        }
        return stillShipping;
    }
}
