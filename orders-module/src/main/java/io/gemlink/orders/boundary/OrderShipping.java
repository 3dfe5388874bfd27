package io.gemlink.orders.boundary;

import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.orders.entity.DropshipPart;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.tracking.api.ShipmentDirectory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The orders tracking-module ships ({@link ShippableOrders}): finds and locks them, and moves an order's
 * status when a shipment is added to it. An order without vendor parts (a vendor's dropship order, an
 * order of the distributor's own goods) is SHIPPED. A distributor order with vendor parts is SHIPPED once
 * every part that has a vendor order has shipped (a copy of one of its shipments is on this order), else
 * PARTIALLY_SHIPPED. The caller holds the order's row lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderShipping implements ShippableOrders {

    @PersistenceContext
    EntityManager em;

    @EJB
    ShipmentDirectory shipments;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ShippableOrder> find(long orderId) {
        return Optional.ofNullable(em.find(SalesOrder.class, orderId)).map(OrderShipping::view);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ShippableOrder> byNumber(long accountId, String number) {
        return em.createQuery(
                        "SELECT o FROM SalesOrder o WHERE o.number = :number AND o.accountId = :accountId",
                        SalesOrder.class)
                .setParameter("number", number)
                .setParameter("accountId", accountId)
                .getResultStream()
                .findFirst()
                .map(OrderShipping::view);
    }

    @Override
    public Optional<ShippableOrder> lock(long orderId) {
        SalesOrder order = em.find(SalesOrder.class, orderId);
        if (order == null) {
            return Optional.empty();
        }
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(view(order));
    }

    @Override
    public void shipmentAdded(long orderId, Instant now) {
        SalesOrder order = em.find(SalesOrder.class, orderId);
        List<Long> vendorOrders = em.createNamedQuery(DropshipPart.BY_ORDER, DropshipPart.class)
                .setParameter("orderId", orderId)
                .getResultStream()
                .map(DropshipPart::getVendorOrderId)
                .filter(Objects::nonNull)
                .toList();
        if (vendorOrders.isEmpty()) {
            order.changeStatus(OrderStatus.SHIPPED, now);
            return;
        }
        // a locking read sees other vendors' copies committed after this transaction's first read
        // (REPEATABLE READ); they were all written under this order's lock, which the caller holds
        Set<Long> shipped = shipments.shippedVendorOrders(orderId);
        order.changeStatus(
                shipped.containsAll(vendorOrders) ? OrderStatus.SHIPPED : OrderStatus.PARTIALLY_SHIPPED, now);
    }

    private static ShippableOrder view(SalesOrder o) {
        return new ShippableOrder(
                o.getId(),
                o.getAccountId(),
                o.getNumber(),
                o.getChannel(),
                o.getExternalId(),
                o.getStatus(),
                o.getCreatedAt(),
                o.getSourceOrderId());
    }
}
