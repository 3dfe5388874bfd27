package io.gemlink.orders.boundary;

import io.gemlink.orders.api.LineState;
import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.orders.control.Unshipping;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.orders.entity.SalesOrderLine;
import io.gemlink.tracking.api.ShipmentDirectory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The orders tracking-module ships ({@link ShippableOrders}): finds and locks them, and moves their status
 * when shipments are added to them, a whole batch of orders in a few statements. An order without vendor
 * parts (a vendor's dropship order, an order of the distributor's own goods) is SHIPPED. A distributor order
 * with vendor parts is SHIPPED once every part that has a vendor order (not cancelled) has shipped (a copy of one
 * of its shipments is on this order), else PARTIALLY_SHIPPED. The lines a shipment carries (open or accepted)
 * become SHIPPED: on the order itself, those not on a vendor's dropship order; on a distributor order that gets a
 * vendor's copy, that vendor's lines. Shipments voided move them back ({@link Unshipping}). The caller holds the
 * orders' row locks.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderShipping implements ShippableOrders {

    static final String BY_NUMBERS =
            "SELECT o FROM SalesOrder o WHERE o.accountId = :accountId AND o.number IN :numbers";
    static final String BY_IDS = "SELECT o FROM SalesOrder o WHERE o.id IN :ids";
    static final String LOCK = "SELECT o FROM SalesOrder o WHERE o.id IN :ids ORDER BY o.id";
    // a vendor order cancelled (every line rejected or cancelled) will never ship: not owed
    static final String VENDOR_ORDERS = "SELECT p.orderId, p.vendorOrderId FROM DropshipPart p, SalesOrder v"
            + " WHERE p.orderId IN :ids AND v.id = p.vendorOrderId AND v.status <> :cancelled";
    // the lines a shipment of the order itself carries: the live ones not on a vendor's dropship order
    // read, then shipped one by one: a bulk UPDATE with this subquery becomes MySQL's multi-table UPDATE, which H2
    // refuses (H2CrashIT)
    static final String SHIP_OWN_LINES = "SELECT l FROM SalesOrderLine l"
            + " WHERE l.order.id IN :ids AND l.state IN :live AND (l.vendorAccountId IS NULL OR NOT EXISTS"
            + " (SELECT p.id FROM DropshipPart p WHERE p.orderId = l.order.id"
            + " AND p.vendorAccountId = l.vendorAccountId AND p.vendorOrderId IS NOT NULL))";
    // a distributor's lines on these vendor orders: they ship with the vendor's (whose live lines all shipped)
    static final String SHIP_LINKED_LINES = "SELECT l FROM SalesOrderLine l"
            + " WHERE l.order.id IN :distributorIds AND l.state IN :live AND EXISTS"
            + " (SELECT p.id FROM DropshipPart p WHERE p.orderId = l.order.id"
            + " AND p.vendorAccountId = l.vendorAccountId AND p.vendorOrderId IN :vendorOrderIds)";
    static final String DISTRIBUTOR_ORDERS =
            "SELECT DISTINCT p.orderId FROM DropshipPart p" + " WHERE p.vendorOrderId IN :vendorOrderIds";
    static final String MOVE = "UPDATE SalesOrder o SET o.status = :status, o.updatedAt = :now WHERE o.id IN :ids";
    // kept for a voiding of every shipment: the status the first shipment moved the order from
    static final String KEEP_STATUS = "UPDATE SalesOrder o SET o.statusBeforeShipping = o.status"
            + " WHERE o.id IN :ids AND o.status NOT IN :shipping";

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
    public Map<Long, ShippableOrder> findAll(Collection<Long> orderIds) {
        Map<Long, ShippableOrder> found = new HashMap<>();
        if (!orderIds.isEmpty()) {
            em.createQuery(BY_IDS, SalesOrder.class)
                    .setParameter("ids", List.copyOf(new HashSet<>(orderIds)))
                    .getResultStream()
                    .forEach(o -> found.put(o.getId(), view(o)));
        }
        return found;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, ShippableOrder> byNumbers(long accountId, Collection<String> numbers) {
        Map<String, ShippableOrder> found = new HashMap<>();
        if (!numbers.isEmpty()) {
            em.createQuery(BY_NUMBERS, SalesOrder.class)
                    .setParameter("accountId", accountId)
                    .setParameter("numbers", List.copyOf(new HashSet<>(numbers)))
                    .getResultStream()
                    .forEach(o -> found.put(o.getNumber(), view(o)));
        }
        return found;
    }

    @Override
    public List<ShippableOrder> lockAll(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        // one SELECT … FOR UPDATE, rows taken in id order; a locking read also refreshes what this transaction read
        return em.createQuery(LOCK, SalesOrder.class)
                .setParameter("ids", List.copyOf(new TreeSet<>(orderIds)))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .map(OrderShipping::view)
                .toList();
    }

    @Override
    public void shipmentsAdded(Collection<Long> orderIds, Instant now) {
        if (orderIds.isEmpty()) {
            return;
        }
        em.createQuery(SHIP_OWN_LINES, SalesOrderLine.class)
                .setParameter("live", List.copyOf(LineState.LIVE))
                .setParameter("ids", List.copyOf(new TreeSet<>(orderIds)))
                .getResultList()
                .forEach(SalesOrderLine::ship);
        moveStatus(orderIds, now);
    }

    @Override
    public void copiesAdded(Collection<Long> vendorOrderIds, Collection<Long> distributorOrderIds, Instant now) {
        if (!vendorOrderIds.isEmpty()) {
            List<Long> vendorIds = List.copyOf(new TreeSet<>(vendorOrderIds));
            List<Long> distributorIds = em.createQuery(DISTRIBUTOR_ORDERS, Long.class)
                    .setParameter("vendorOrderIds", vendorIds)
                    .getResultList();
            if (!distributorIds.isEmpty()) {
                em.createQuery(SHIP_LINKED_LINES, SalesOrderLine.class)
                        .setParameter("live", List.copyOf(LineState.LIVE))
                        .setParameter("distributorIds", distributorIds)
                        .setParameter("vendorOrderIds", vendorIds)
                        .getResultList()
                        .forEach(SalesOrderLine::ship);
            }
        }
        if (!distributorOrderIds.isEmpty()) {
            moveStatus(distributorOrderIds, now);
        }
    }

    @Override
    public void shipmentsVoided(Collection<Long> orderIds, Instant now) {
        if (!orderIds.isEmpty()) {
            moveStatus(Unshipping.apply(em, shipments, orderIds, now), now);
        }
    }

    private void moveStatus(Collection<Long> orderIds, Instant now) {
        if (orderIds.isEmpty()) {
            return;
        }
        Set<Long> ids = new TreeSet<>(orderIds);
        em.createQuery(KEEP_STATUS)
                .setParameter("ids", List.copyOf(ids))
                .setParameter("shipping", List.of(OrderStatus.SHIPPED, OrderStatus.PARTIALLY_SHIPPED))
                .executeUpdate();
        Map<Long, Set<Long>> vendorOrders = new HashMap<>();
        em.createQuery(VENDOR_ORDERS, Object[].class)
                .setParameter("ids", List.copyOf(ids))
                .setParameter("cancelled", OrderStatus.CANCELLED)
                .getResultStream()
                .forEach(r -> vendorOrders
                        .computeIfAbsent((Long) r[0], k -> new HashSet<>())
                        .add((Long) r[1]));
        // a locking read sees other vendors' copies committed after this transaction's first read
        // (REPEATABLE READ); they were all written under these orders' locks, which the caller holds
        Map<Long, Set<Long>> shipped =
                vendorOrders.isEmpty() ? Map.of() : shipments.shippedVendorOrders(vendorOrders.keySet());
        List<Long> complete = new ArrayList<>();
        List<Long> partial = new ArrayList<>();
        for (Long id : ids) {
            Set<Long> owed = vendorOrders.get(id);
            boolean all = owed == null || shipped.getOrDefault(id, Set.of()).containsAll(owed);
            (all ? complete : partial).add(id);
        }
        move(complete, OrderStatus.SHIPPED, now);
        move(partial, OrderStatus.PARTIALLY_SHIPPED, now);
    }

    private void move(List<Long> ids, OrderStatus status, Instant now) {
        if (!ids.isEmpty()) {
            em.createQuery(MOVE)
                    .setParameter("status", status)
                    .setParameter("now", now)
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
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
