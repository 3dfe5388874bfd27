package io.gemlink.tracking.boundary;

import io.gemlink.orders.api.ShipmentView;
import io.gemlink.tracking.api.ShipmentDirectory;
import io.gemlink.tracking.entity.Shipment;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Answers the other modules' reads of shipments ({@link ShipmentDirectory}). */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ShipmentReads implements ShipmentDirectory {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<ShipmentView> ofOrder(long orderId) {
        return em.createNamedQuery(Shipment.BY_ORDER, Shipment.class)
                .setParameter("orderId", orderId)
                .getResultStream()
                .map(s -> new ShipmentView(
                        s.getCarrier(),
                        s.getTrackingNumber(),
                        s.getSendDate(),
                        s.getExtendedField1(),
                        s.getTrackingUrl()))
                .toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Map<Long, Set<Long>> shippedVendorOrders(Collection<Long> orderIds) {
        Map<Long, Set<Long>> shipped = new HashMap<>();
        if (!orderIds.isEmpty()) {
            em.createNamedQuery(Shipment.COPIES_ON_ORDERS, Shipment.class)
                    .setParameter("orderIds", List.copyOf(orderIds))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream()
                    .forEach(s -> shipped.computeIfAbsent(s.getOrderId(), k -> new HashSet<>())
                            .add(s.getSourceOrderId()));
        }
        return shipped;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Set<Long> withOwnShipments(Collection<Long> orderIds) {
        return orderIds.isEmpty()
                ? Set.of()
                : new HashSet<>(em.createNamedQuery(Shipment.OWN_ON_ORDERS, Long.class)
                        .setParameter("orderIds", List.copyOf(orderIds))
                        .getResultList());
    }
}
