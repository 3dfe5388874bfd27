package io.gemlink.orders.api;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The orders' door for tracking-module: finds and locks the orders shipments go on, and moves their
 * lines and status when shipments are added or voided. Set-based, so that a bulk tracking batch costs a few
 * statements, not a few per row. Runs in the caller's transaction. Implemented by orders-module, which owns
 * {@code sales_order} and {@code dropship_part}.
 */
@Local
public interface ShippableOrders {

    Optional<ShippableOrder> find(long orderId);

    /**
     * These orders, by id, in one query and without a lock; an id without order is left out. Read from the
     * database even after a status move in this transaction (a bulk {@code UPDATE} empties the entity cache).
     */
    Map<Long, ShippableOrder> findAll(Collection<Long> orderIds);

    /** The account's orders with these numbers, by number, in one query (another account's order is no order). */
    Map<String, ShippableOrder> byNumbers(long accountId, Collection<String> numbers);

    /**
     * Locks the orders' rows until the transaction ends (one writer of shipments per order), in one statement and
     * in ascending id order, so that two callers never wait for each other crosswise.
     * @return the orders as they are now, by ascending id; an id without order is left out
     */
    List<ShippableOrder> lockAll(Collection<Long> orderIds);

    /**
     * Moves the orders' lines and status after the caller's own shipments were added to them; the caller holds
     * their locks. Their open and accepted lines that are not on a vendor's dropship order become SHIPPED. An order
     * without vendor parts is SHIPPED; a distributor order with vendor parts is SHIPPED once every part that has
     * a vendor order (not cancelled) has shipped, else PARTIALLY_SHIPPED.
     */
    void shipmentsAdded(Collection<Long> orderIds, Instant now);

    /**
     * Copies of these vendor orders' shipments reached their distributor orders, whose locks the caller holds: the
     * distributor lines those vendor orders carry ship like the vendor's, and the status of
     * {@code distributorOrderIds} (the orders that got a new copy) moves as in {@link #shipmentsAdded}.
     */
    void copiesAdded(Collection<Long> vendorOrderIds, Collection<Long> distributorOrderIds, Instant now);

    /**
     * Shipments on these orders (a vendor's own and, on the distributor order, its copy) were voided in the
     * caller's transaction; the caller holds the orders' locks. A line no live shipment carries any more goes back
     * from SHIPPED to ACCEPTED if it had been accepted, else OPEN: on the order itself the lines not on a vendor's
     * dropship order, once no live shipment of the order's own remains; on a distributor order a vendor's lines,
     * once no live copy from that vendor's order remains. An order with no live shipment left goes back to its
     * status before it shipped (then as {@code OrderStatuses} works it out from the lines); one with some left
     * moves as in {@link #shipmentsAdded}.
     */
    void shipmentsVoided(Collection<Long> orderIds, Instant now);
}
