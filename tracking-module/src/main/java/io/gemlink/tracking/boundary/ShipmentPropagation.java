package io.gemlink.tracking.boundary;

import io.gemlink.orders.api.Channel;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.tracking.api.ShipmentAdded;
import io.gemlink.tracking.api.ShipmentHooks;
import io.gemlink.tracking.control.OrderShipping;
import io.gemlink.tracking.entity.Shipment;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Carries a vendor's shipment on a dropship order to the distributor's order: the same carrier,
 * number, send date, extended field 1 and link, and the distributor order's status.
 * Observed IN the shipment's transaction, not after it: the copy commits with the vendor's shipment
 * or not at all, so it happens exactly once with no outbox of its own, and the distributor sees it
 * the moment the vendor's answer comes back. If the copy fails, the vendor's shipment is rolled back with it
 * (ConcurrentShippingIT makes it fail on purpose through {@link ShipmentHooks}).
 */
@Stateless
public class ShipmentPropagation {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderShipping shipping;

    @Inject
    Event<ShipmentAdded> added;

    @Inject
    Instance<ShipmentHooks> hooks; // none in production

    public void onShipmentAdded(@Observes ShipmentAdded event) {
        if (event.copy()) {
            return;
        }
        SalesOrder vendorOrder = em.find(SalesOrder.class, event.orderId());
        if (vendorOrder.getChannel() != Channel.DROPSHIPPING || vendorOrder.getSourceOrderId() == null) {
            return;
        }
        // lock order: vendor order (held by the caller), then distributor order — the same for every vendor
        SalesOrder distributorOrder = em.find(SalesOrder.class, vendorOrder.getSourceOrderId(), LockModeType.PESSIMISTIC_WRITE);
        if (distributorOrder == null) {
            return;
        }
        Shipment shipment = em.find(Shipment.class, event.shipmentId());
        boolean already = em.createNamedQuery(Shipment.BY_PARCEL, Shipment.class)
                .setParameter("orderId", distributorOrder.getId()).setParameter("carrier", shipment.getCarrier())
                .setParameter("trackingNumber", shipment.getTrackingNumber()).getResultStream().findAny().isPresent();
        if (already) {
            return; // another vendor part in the same parcel: the distributor's order shows it once
        }
        Instant now = Instant.now();
        Shipment copy = shipment.copyTo(distributorOrder.getAccountId(), distributorOrder.getId(), now);
        em.persist(copy);
        em.flush();
        shipping.shipmentAdded(distributorOrder, now);
        hooks.forEach(h -> h.copied(shipment));
        added.fire(new ShipmentAdded(distributorOrder.getAccountId(), distributorOrder.getId(), copy.getId(), true));
    }
}
