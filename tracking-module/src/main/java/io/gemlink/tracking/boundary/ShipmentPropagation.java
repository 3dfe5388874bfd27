package io.gemlink.tracking.boundary;

import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.tracking.api.ShipmentAdded;
import io.gemlink.tracking.api.ShipmentHooks;
import io.gemlink.tracking.entity.Shipment;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    @EJB
    ShippableOrders orders;

    @Inject
    Event<ShipmentAdded> added;

    @Inject
    Instance<ShipmentHooks> hooks; // none in production

    public void onShipmentAdded(@Observes ShipmentAdded event) {
        if (event.copy()) {
            return;
        }
        ShippableOrder vendorOrder = orders.find(event.orderId()).orElseThrow();
        if (vendorOrder.channel() != Channel.DROPSHIPPING || vendorOrder.sourceOrderId() == null) {
            return;
        }
        // lock order: vendor order (held by the caller), then distributor order — the same for every vendor
        ShippableOrder distributorOrder =
                orders.lock(vendorOrder.sourceOrderId()).orElse(null);
        if (distributorOrder == null) {
            return;
        }
        Shipment shipment = em.find(Shipment.class, event.shipmentId());
        boolean already = em.createNamedQuery(Shipment.BY_PARCEL, Shipment.class)
                .setParameter("orderId", distributorOrder.id())
                .setParameter("carrier", shipment.getCarrier())
                .setParameter("trackingNumber", shipment.getTrackingNumber())
                .getResultStream()
                .findAny()
                .isPresent();
        if (already) {
            return; // another vendor part in the same parcel: the distributor's order shows it once
        }
        Instant now = Instant.now();
        Shipment copy = shipment.copyTo(distributorOrder.accountId(), distributorOrder.id(), now);
        em.persist(copy);
        em.flush();
        orders.shipmentAdded(distributorOrder.id(), now);
        hooks.forEach(h -> h.copied(shipment));
        added.fire(new ShipmentAdded(distributorOrder.accountId(), distributorOrder.id(), copy.getId(), true));
    }
}
