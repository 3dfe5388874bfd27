package io.gemlink.tracking.boundary;

import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.control.ShipmentDetails;
import io.gemlink.tracking.control.ShipmentRecorder;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Adds one shipment in a transaction of its own: the shipment, the order's status and, on a dropship
 * order, the distributor's copy and status ({@link ShipmentPropagation}) commit together or not at all.
 * Its own transaction, so that {@link ShipmentService} can run it again when it loses a deadlock. It is a bulk
 * batch of one row ({@link ShipmentRecorder}): one code path for both. An order with every line cancelled or
 * rejected takes no shipment (409).
 */
@Stateless
public class ShipmentWriter {

    @Inject
    ShipmentRecorder recorder;

    @EJB
    ShippableOrders orders;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ShipmentService.Added add(long accountId, long orderId, ShipmentRequest request) {
        ShippableOrder order = orders.find(orderId)
                .filter(o -> o.accountId() == accountId)
                .orElseThrow(() -> new NotFoundException("order"));
        ShipmentRecorder.Recorded recorded = recorder.add(List.of(new ShipmentRecorder.Entry(order, request)))
                .get(0);
        if (recorded.isRefused() && recorded.closed()) {
            throw new ConflictException("id", recorded.refused().get(0).message());
        }
        if (recorded.isRefused()) {
            throw new BadInputException(recorded.refused());
        }
        return new ShipmentService.Added(ShipmentDetails.of(recorded.shipment(), order.number()), recorded.created());
    }
}
