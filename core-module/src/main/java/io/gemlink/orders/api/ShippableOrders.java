package io.gemlink.orders.api;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.Optional;

/**
 * The orders' door for tracking-module: finds and locks the order a shipment goes on, and moves its
 * status when the shipment is added. Runs in the caller's transaction. Implemented by orders-module,
 * which owns {@code sales_order} and {@code dropship_part}.
 */
@Local
public interface ShippableOrders {

    Optional<ShippableOrder> find(long orderId);

    /** The account's order with this number (another account's order is no order). */
    Optional<ShippableOrder> byNumber(long accountId, String number);

    /** Locks the order's row until the transaction ends (one writer of shipments per order); as it is now. */
    Optional<ShippableOrder> lock(long orderId);

    /**
     * Moves the order's status after a shipment was added to it; the caller holds the order's lock. An
     * order without vendor parts is SHIPPED; a distributor order with vendor parts is SHIPPED once every
     * part that has a vendor order has shipped, else PARTIALLY_SHIPPED.
     */
    void shipmentAdded(long orderId, Instant now);
}
