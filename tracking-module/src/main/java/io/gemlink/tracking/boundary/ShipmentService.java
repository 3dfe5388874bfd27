package io.gemlink.tracking.boundary;

import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.platform.api.ConflictRetry;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.tracking.api.ShipmentDetail;
import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.control.ShipmentDetails;
import io.gemlink.tracking.entity.Shipment;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shipments on the caller's orders. Adding one is a single transaction ({@link ShipmentWriter}): the
 * shipment, the order's status and, on a dropship order, the distributor's copy and status
 * ({@link ShipmentPropagation}) commit together or not at all. One that loses a deadlock or a lock wait
 * (two vendors shipping parts of one distributor order at once) is run again ({@link ConflictRetry}).
 * Another account's order is "not found".
 */
@Stateless
public class ShipmentService {

    @PersistenceContext
    EntityManager em;

    @EJB
    ShipmentWriter writer;

    @EJB
    ShippableOrders orders;

    @Inject
    ConflictRetry retry;

    /** The shipment, and whether it is new (false: that parcel was already on the order; nothing changed). */
    public record Added(ShipmentDetail shipment, boolean created) {}

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each attempt is a transaction of its own
    public Added add(long accountId, long orderId, ShipmentRequest request) {
        return retry.run(() -> writer.add(accountId, orderId, request));
    }

    public List<ShipmentDetail> list(long accountId, long orderId) {
        ShippableOrder order = owned(accountId, orderId);
        return em.createNamedQuery(Shipment.BY_ORDER, Shipment.class)
                .setParameter("orderId", orderId)
                .getResultStream()
                .map(s -> ShipmentDetails.of(s, order.number()))
                .toList();
    }

    /**
     * Whose shipment each copy on the caller's order is: the copy's id → the vendor account that owns the shipment it
     * copies (the screens label the copy's extended field 1 with that vendor's name for it).
     */
    public Map<Long, Long> copyVendors(long accountId, long orderId) {
        owned(accountId, orderId);
        Map<Long, Long> vendors = new HashMap<>();
        em.createQuery(
                        "SELECT c.id, v.accountId FROM Shipment c, Shipment v WHERE c.orderId = :orderId"
                                + " AND v.id = c.sourceShipmentId AND c.voidedAt IS NULL",
                        Object[].class)
                .setParameter("orderId", orderId)
                .getResultStream()
                .forEach(row -> vendors.put((Long) row[0], (Long) row[1]));
        return vendors;
    }

    private ShippableOrder owned(long accountId, long orderId) {
        return orders.find(orderId)
                .filter(o -> o.accountId() == accountId)
                .orElseThrow(() -> new NotFoundException("order"));
    }
}
