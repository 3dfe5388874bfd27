package io.gemlink.tracking.boundary;

import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.control.ShipmentDetails;
import io.gemlink.tracking.control.ShipmentRecorder;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Adds one shipment in a transaction of its own: the shipment, the order's status and, on a dropship
 * order, the distributor's copy and status ({@link ShipmentPropagation}) commit together or not at all.
 * Its own transaction, so that {@link ShipmentService} can run it again when it loses a deadlock.
 */
@Stateless
public class ShipmentWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShipmentRecorder recorder;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ShipmentService.Added add(long accountId, long orderId, ShipmentRequest request) {
        SalesOrder order = em.find(SalesOrder.class, orderId);
        if (order == null || order.getAccountId() != accountId) {
            throw new NotFoundException("order");
        }
        ShipmentRecorder.Recorded recorded = recorder.add(order, request);
        return new ShipmentService.Added(ShipmentDetails.of(recorded.shipment(), order.getNumber()), recorded.created());
    }
}
