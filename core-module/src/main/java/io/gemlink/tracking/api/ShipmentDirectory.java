package io.gemlink.tracking.api;

import io.gemlink.orders.api.ShipmentView;
import jakarta.ejb.Local;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shipments as other modules read them: live ones only (a voided shipment no longer counts). Implemented by
 * tracking-module, which owns {@code shipment}.
 */
@Local
public interface ShipmentDirectory {

    /** The order's live shipments, oldest first. */
    List<ShipmentView> ofOrder(long orderId);

    /**
     * By distributor order: the vendor orders whose shipments are copied onto it, read with a lock (so that
     * copies committed after the caller's first read are seen), in one query; in the caller's transaction. An
     * order without copies is left out.
     */
    Map<Long, Set<Long>> shippedVendorOrders(Collection<Long> orderIds);

    /** Of these orders, those that carry a live shipment of their own (not a copy), in one query. */
    Set<Long> withOwnShipments(Collection<Long> orderIds);
}
