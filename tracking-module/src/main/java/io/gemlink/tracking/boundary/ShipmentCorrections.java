package io.gemlink.tracking.boundary;

import io.gemlink.account.api.ActivityLog;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.platform.api.ConflictRetry;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.tracking.api.ShipmentChangeView;
import io.gemlink.tracking.api.ShipmentDetail;
import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.entity.Shipment;
import io.gemlink.tracking.entity.ShipmentChange;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The owner of a shipment corrects it or voids it: the vendor on its dropship order (the distributor's copy
 * follows), or an owner on its own order. Each change is a transaction of its own ({@link ShipmentCorrector}), run
 * again when it loses a deadlock or a lock wait ({@link ConflictRetry}); the activity logs of both sides are written
 * once it committed. Also answers a shipment's history.
 */
@Stateless
public class ShipmentCorrections {

    static final String SOURCE = "tracking";

    @PersistenceContext
    EntityManager em;

    @EJB
    ShipmentCorrector corrector;

    @EJB
    ShippableOrders orders;

    @EJB
    ActivityLog activity;

    @Inject
    ConflictRetry retry;

    /**
     * @param values the fields sent (a field not in {@code fields} keeps its value)
     * @param by     who is correcting, for the history (an API key's name, an admin user)
     * @return the shipment as it is now
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each attempt is a transaction of its own
    public ShipmentDetail correct(
            long accountId, String by, long orderId, long shipmentId, ShipmentRequest values, Set<String> fields) {
        return run(() -> corrector.correct(accountId, by, orderId, shipmentId, values, fields));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void voidShipment(long accountId, String by, long orderId, long shipmentId) {
        run(() -> corrector.voidShipment(accountId, by, orderId, shipmentId));
    }

    /** A shipment's changes, oldest first; also of a voided shipment. Another account's is "not found". */
    public List<ShipmentChangeView> history(long accountId, long orderId, long shipmentId) {
        orders.find(orderId).filter(o -> o.accountId() == accountId).orElseThrow(() -> new NotFoundException("order"));
        Shipment shipment = em.find(Shipment.class, shipmentId);
        if (shipment == null || shipment.getOrderId() != orderId || shipment.getAccountId() != accountId) {
            throw new NotFoundException("shipment");
        }
        return em.createNamedQuery(ShipmentChange.OF_SHIPMENT, ShipmentChange.class)
                .setParameter("shipmentId", shipmentId)
                .getResultStream()
                .map(c -> new ShipmentChangeView(
                        c.getField(), c.getOldValue(), c.getNewValue(), c.getChangedBy(), c.getChangedAt()))
                .toList();
    }

    private ShipmentDetail run(Supplier<ShipmentCorrector.Done> change) {
        ShipmentCorrector.Done done = retry.run(change);
        done.told().forEach(t -> activity.record(t.accountId(), SOURCE, t.message()));
        return done.shipment();
    }
}
