package io.gemlink.tracking.api;

import io.gemlink.orders.api.ShipmentView;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Set;

/**
 * The shipments as other modules read them. Implemented by tracking-module, which owns {@code shipment}.
 */
@Local
public interface ShipmentDirectory {

    /** The order's shipments, oldest first. */
    List<ShipmentView> ofOrder(long orderId);

    /**
     * The vendor orders whose shipments are copied onto this distributor order, read with a lock (so that
     * copies committed after the caller's first read are seen); in the caller's transaction.
     */
    Set<Long> shippedVendorOrders(long orderId);
}
