package io.gemlink.tracking.boundary;

import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.tracking.api.ShipmentDetail;
import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.control.ShipmentDetails;
import io.gemlink.tracking.control.ShipmentRecorder;
import io.gemlink.tracking.entity.Shipment;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Shipments on the caller's orders. Adding one is a single transaction: the shipment, the order's
 * status and, on a dropship order, the distributor's copy and status ({@link ShipmentPropagation})
 * commit together or not at all. Another account's order is "not found".
 */
@Stateless
public class ShipmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShipmentRecorder recorder;

    /** The shipment, and whether it is new (false: that parcel was already on the order; nothing changed). */
    public record Added(ShipmentDetail shipment, boolean created) {
    }

    public Added add(long accountId, long orderId, ShipmentRequest request) {
        SalesOrder order = order(accountId, orderId);
        ShipmentRecorder.Recorded recorded = recorder.add(order, request);
        return new Added(ShipmentDetails.of(recorded.shipment(), order.getNumber()), recorded.created());
    }

    public List<ShipmentDetail> list(long accountId, long orderId) {
        SalesOrder order = order(accountId, orderId);
        return em.createNamedQuery(Shipment.BY_ORDER, Shipment.class).setParameter("orderId", orderId)
                .getResultStream().map(s -> ShipmentDetails.of(s, order.getNumber())).toList();
    }

    private SalesOrder order(long accountId, long orderId) {
        SalesOrder order = em.find(SalesOrder.class, orderId);
        if (order == null || order.getAccountId() != accountId) {
            throw new NotFoundException("order");
        }
        return order;
    }
}
