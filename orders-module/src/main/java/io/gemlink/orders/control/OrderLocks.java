package io.gemlink.orders.control;

import io.gemlink.orders.api.Channel;
import io.gemlink.orders.entity.DropshipPart;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.orders.entity.SalesOrderLine;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The locking reads a lifecycle transition starts with, the same order as shipping: the distributor order's
 * dropship parts (one writer with the mirroring), then the vendor orders in id order, then the distributor order.
 * The lines read afterwards are what the last writer under those locks committed.
 */
public final class OrderLocks {

    static final String LOCK_PARTS = "SELECT p FROM DropshipPart p WHERE p.orderId = :orderId ORDER BY p.id";
    static final String LOCK_ORDERS = "SELECT o FROM SalesOrder o WHERE o.id IN :ids ORDER BY o.id";

    private OrderLocks() {}

    /**
     * An owner's order, locked with its vendor orders; each linked line on a vendor order maps to that vendor line
     * (its state is the one that counts) and vendor order.
     */
    public record OwnOrder(
            SalesOrder order,
            Map<SalesOrderLine, SalesOrderLine> vendorLineOf,
            Map<SalesOrderLine, SalesOrder> vendorOrderOf) {

        /** The line whose state counts: the vendor's line for a linked line on a vendor order, else the line. */
        public SalesOrderLine decisive(SalesOrderLine line) {
            return vendorLineOf.getOrDefault(line, line);
        }
    }

    /** The caller's own (not dropship) order with its vendor orders: 404 for another's, 409 for a dropship order. */
    public static OwnOrder ownOrder(EntityManager em, long accountId, long orderId) {
        List<DropshipPart> parts = em.createQuery(LOCK_PARTS, DropshipPart.class)
                .setParameter("orderId", orderId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        List<Long> vendorOrderIds = parts.stream()
                .map(DropshipPart::getVendorOrderId)
                .filter(Objects::nonNull)
                .toList();
        List<SalesOrder> vendorOrders = vendorOrderIds.isEmpty()
                ? List.of()
                : em.createQuery(LOCK_ORDERS, SalesOrder.class)
                        .setParameter("ids", List.copyOf(new TreeSet<>(vendorOrderIds)))
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
        SalesOrder order = em.find(SalesOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || order.getAccountId() != accountId) {
            throw new NotFoundException("order");
        }
        if (order.getChannel() == Channel.DROPSHIPPING) {
            throw new ConflictException(
                    "id", "order " + order.getNumber() + " is a dropship order: its vendor cancels it");
        }
        Map<SalesOrderLine, SalesOrderLine> vendorLineOf = new IdentityHashMap<>();
        Map<SalesOrderLine, SalesOrder> vendorOrderOf = new IdentityHashMap<>();
        for (SalesOrder vendorOrder : vendorOrders) {
            LinePairs.of(vendorOrder, order).forEach((vendorLine, line) -> {
                vendorLineOf.put(line, vendorLine);
                vendorOrderOf.put(line, vendorOrder);
            });
        }
        return new OwnOrder(order, vendorLineOf, vendorOrderOf);
    }

    /** A dropship order the caller received: 404 for another account's order, 409 for its own channel order. */
    public static SalesOrder dropshipOrder(EntityManager em, long accountId, long orderId) {
        SalesOrder order = em.find(SalesOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || order.getAccountId() != accountId) {
            throw new NotFoundException("order");
        }
        if (order.getChannel() != Channel.DROPSHIPPING) {
            throw new ConflictException(
                    "id",
                    "order " + order.getNumber() + " is not a dropship order: only a vendor answers lines, on the"
                            + " dropship orders it received (an owner cancels its own order instead)");
        }
        return order;
    }

    /** The distributor order a vendor order copies, locked after it (null: none, e.g. removed). */
    public static SalesOrder source(EntityManager em, SalesOrder vendorOrder) {
        Long source = vendorOrder.getSourceOrderId();
        return source == null ? null : em.find(SalesOrder.class, source, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The distributor's lines follow the vendor's; both statuses move. */
    public static void settle(SalesOrder vendorOrder, SalesOrder distributorOrder, Instant now) {
        vendorOrder.changeStatus(OrderStatuses.after(vendorOrder), now);
        if (distributorOrder != null) {
            LinePairs.follow(vendorOrder, distributorOrder);
            distributorOrder.changeStatus(OrderStatuses.after(distributorOrder), now);
        }
    }
}
