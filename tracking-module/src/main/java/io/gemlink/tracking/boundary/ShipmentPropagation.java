package io.gemlink.tracking.boundary;

import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.tracking.api.ShipmentAdded;
import io.gemlink.tracking.api.ShipmentHooks;
import io.gemlink.tracking.api.ShipmentsAdded;
import io.gemlink.tracking.control.ShipmentStore;
import io.gemlink.tracking.control.ShipmentStore.Parcel;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries vendors' shipments on dropship orders to the distributors' orders: the same carrier,
 * number, send date, extended field 1 and link, and the distributor orders' status. A batch of shipments is
 * carried at once: the distributor orders locked in one statement (after the vendor orders, which the caller
 * holds, and in id order: the same order for every writer), the parcels they carry already read in one query
 * (a parcel is copied once per distributor order), the copies written in one JDBC batch, the statuses moved in
 * a few statements.
 * Observed IN the shipments' transaction, not after it: the copies commit with the vendor's shipments
 * or not at all, so they happen exactly once with no outbox of their own, and the distributor sees them
 * the moment the vendor's answer comes back. If a copy fails, the vendor's shipments are rolled back with it
 * (ConcurrentShippingIT makes it fail on purpose through {@link ShipmentHooks}).
 */
@Stateless
public class ShipmentPropagation {

    @PersistenceContext
    EntityManager em;

    @EJB
    ShippableOrders orders;

    @Inject
    ShipmentStore store;

    @Inject
    Event<ShipmentsAdded> added;

    @Inject
    Instance<ShipmentHooks> hooks; // none in production

    public void onShipmentsAdded(@Observes ShipmentsAdded event) {
        // the vendors' orders in one query; their shipments are in this transaction's persistence context
        Map<Long, Long> distributorOrderOf = new HashMap<>();
        List<Shipment> carried = new ArrayList<>();
        Map<Long, ShippableOrder> vendorOrders = orders.findAll(event.shipments().stream()
                .filter(a -> !a.copy())
                .map(ShipmentAdded::orderId)
                .toList());
        for (ShipmentAdded a : event.shipments()) {
            if (a.copy()) {
                continue;
            }
            ShippableOrder vendorOrder = vendorOrders.get(a.orderId());
            if (vendorOrder.channel() == Channel.DROPSHIPPING && vendorOrder.sourceOrderId() != null) {
                distributorOrderOf.put(vendorOrder.id(), vendorOrder.sourceOrderId());
                carried.add(em.find(Shipment.class, a.shipmentId()));
            }
        }
        if (carried.isEmpty()) {
            return;
        }
        // lock order: vendor orders (held by the caller), then distributor orders — the same for every vendor
        Map<Long, ShippableOrder> distributorOrders = new HashMap<>();
        orders.lockAll(new HashSet<>(distributorOrderOf.values())).forEach(o -> distributorOrders.put(o.id(), o));
        Set<Parcel> onOrders = new HashSet<>(store.parcels(
                        distributorOrders.keySet(),
                        carried.stream().map(Shipment::getTrackingNumber).toList())
                .keySet());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Shipment> copies = new ArrayList<>();
        List<Shipment> copied = new ArrayList<>();
        for (Shipment shipment : carried) {
            ShippableOrder distributorOrder = distributorOrders.get(distributorOrderOf.get(shipment.getOrderId()));
            if (distributorOrder == null) {
                continue;
            }
            // another vendor part in the same parcel (or the same parcel earlier in this batch): shown once
            if (onOrders.add(Parcel.of(distributorOrder.id(), shipment.getCarrier(), shipment.getTrackingNumber()))) {
                copies.add(shipment.copyTo(distributorOrder.accountId(), distributorOrder.id(), now));
                copied.add(shipment);
            }
        }
        Map<Parcel, Shipment> stored = store.insert(copies);
        Set<Long> shipped = new LinkedHashSet<>();
        List<ShipmentAdded> facts = new ArrayList<>();
        for (Shipment copy : copies) {
            Shipment s = stored.get(Parcel.of(copy));
            shipped.add(s.getOrderId());
            facts.add(new ShipmentAdded(s.getAccountId(), s.getOrderId(), s.getId(), true));
        }
        // the distributor's lines ship with the vendor's, also when the parcel was already on its order
        orders.copiesAdded(distributorOrderOf.keySet(), shipped, now);
        copied.forEach(shipment -> hooks.forEach(h -> h.copied(shipment)));
        if (!facts.isEmpty()) {
            added.fire(new ShipmentsAdded(facts));
        }
    }
}
