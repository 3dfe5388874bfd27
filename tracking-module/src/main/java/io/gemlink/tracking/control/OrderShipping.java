package io.gemlink.tracking.control;

import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.entity.DropshipPart;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.tracking.entity.Shipment;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves an order's status when a shipment is added to it. An order without vendor parts (a vendor's
 * dropship order, an order of the distributor's own goods) is SHIPPED. A distributor order with
 * vendor parts is SHIPPED once every part that has a vendor order has shipped (a copy of one of
 * its shipments is on this order), else PARTIALLY_SHIPPED. The caller holds the order's row lock.
 */
@Dependent
public class OrderShipping {

    @PersistenceContext
    EntityManager em;

    public void shipmentAdded(SalesOrder order, Instant now) {
        List<Long> vendorOrders = em.createNamedQuery(DropshipPart.BY_ORDER, DropshipPart.class)
                .setParameter("orderId", order.getId()).getResultStream()
                .map(DropshipPart::getVendorOrderId).filter(Objects::nonNull).toList();
        if (vendorOrders.isEmpty()) {
            order.changeStatus(OrderStatus.SHIPPED, now);
            return;
        }
        // a locking read sees other vendors' copies committed after this transaction's first read
        // (REPEATABLE READ); they were all written under this order's lock, which the caller holds
        Set<Long> shipped = em.createNamedQuery(Shipment.COPIES_ON_ORDER, Shipment.class)
                .setParameter("orderId", order.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().map(Shipment::getSourceOrderId).collect(Collectors.toSet());
        order.changeStatus(shipped.containsAll(vendorOrders) ? OrderStatus.SHIPPED : OrderStatus.PARTIALLY_SHIPPED, now);
    }
}
