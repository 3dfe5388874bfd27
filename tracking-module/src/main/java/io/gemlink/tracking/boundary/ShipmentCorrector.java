package io.gemlink.tracking.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.tracking.api.ShipmentDetail;
import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.api.ShipmentUpdated;
import io.gemlink.tracking.api.ShipmentVoided;
import io.gemlink.tracking.control.ShipmentDetails;
import io.gemlink.tracking.control.ShipmentEdits;
import io.gemlink.tracking.control.ShipmentEdits.Edit;
import io.gemlink.tracking.control.ShipmentRules;
import io.gemlink.tracking.control.ShipmentStore;
import io.gemlink.tracking.control.ShipmentStore.NumberInAccount;
import io.gemlink.tracking.control.ShipmentStore.Parcel;
import io.gemlink.tracking.entity.Shipment;
import io.gemlink.tracking.entity.ShipmentChange;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Corrects or voids one shipment in a transaction of its own: the shipment, the distributor's copy, their history
 * rows, the orders' lines and statuses (voiding) and the notices commit together or not at all. Locks as shipping
 * does: the shipment's order, then the copies' distributor orders. Only the account whose order carries the
 * shipment as its own may change it; the distributor's copy follows and is read-only (409); another account's order
 * or shipment, or a voided one, is "not found".
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ShipmentCorrector {

    @PersistenceContext
    EntityManager em;

    @EJB
    ShippableOrders orders;

    @EJB
    AccountDirectory accounts;

    @Inject
    ShipmentStore store;

    @Inject
    Event<ShipmentUpdated> updated; // the notices are written in this transaction

    @Inject
    Event<ShipmentVoided> voided;

    /** A line to activity-log once the change committed: which account reads it, and what. */
    public record Told(long accountId, String message) {}

    /** The shipment as it is now, and what to log. */
    public record Done(ShipmentDetail shipment, List<Told> told) {}

    /** A shipment locked for a change, with its order and the distributors' copies. */
    private record Target(
            ShippableOrder order, Shipment shipment, List<Shipment> copies, List<ShippableOrder> copyOrders) {}

    public Done correct(
            long accountId, String by, long orderId, long shipmentId, ShipmentRequest values, Set<String> fields) {
        Target t = lock(accountId, orderId, shipmentId);
        Shipment s = t.shipment();
        ShipmentRules.Checked checked = ShipmentRules.check(
                ShipmentEdits.merge(s, values, fields),
                LocalDate.ofInstant(t.order().createdAt(), ZoneOffset.UTC),
                LocalDate.now(ZoneOffset.UTC));
        List<Edit> edits = ShipmentEdits.of(s, checked);
        if (edits.isEmpty()) {
            return new Done(ShipmentDetails.of(s, t.order().number()), List.of()); // nothing changed: no event
        }
        boolean newParcel = edits.stream().anyMatch(e -> ShipmentEdits.PARCEL_FIELDS.contains(e.field()));
        if (newParcel) {
            refuseClash(s, checked, "this order");
            t.copies().forEach(copy -> refuseClash(copy, checked, "the distributor's order"));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        s.correct(
                checked.carrier().name(),
                checked.trackingNumber(),
                checked.sendDate(),
                checked.extendedField1(),
                checked.trackingUrl(),
                usedElsewhere(s, checked.trackingNumber()));
        for (Shipment copy : t.copies()) {
            copy.correct(
                    checked.carrier().name(),
                    checked.trackingNumber(),
                    checked.sendDate(),
                    checked.extendedField1(),
                    checked.trackingUrl(),
                    copy.isDuplicateNumber());
        }
        both(t).forEach(x -> edits.forEach(e -> em.persist(
                new ShipmentChange(x.getId(), x.getAccountId(), e.field(), e.oldValue(), e.newValue(), by, now))));
        em.flush(); // the notices read the rows as they are now
        both(t).forEach(x -> updated.fire(new ShipmentUpdated(x.getAccountId(), x.getOrderId(), x.getId(), now)));
        String what = ShipmentEdits.describe(edits);
        return new Done(ShipmentDetails.of(s, t.order().number()), told(t, "corrected (" + what + ")", by));
    }

    public Done voidShipment(long accountId, String by, long orderId, long shipmentId) {
        Target t = lock(accountId, orderId, shipmentId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Shipment s = t.shipment();
        String parcel = s.getCarrier() + " " + s.getTrackingNumber();
        both(t).forEach(x -> {
            x.voidBy(by, now);
            em.persist(new ShipmentChange(x.getId(), x.getAccountId(), ShipmentChange.VOIDED, parcel, null, by, now));
        });
        em.flush(); // the orders read which shipments are still live
        orders.shipmentsVoided(
                Stream.concat(Stream.of(t.order()), t.copyOrders().stream())
                        .map(ShippableOrder::id)
                        .toList(),
                now);
        both(t).forEach(x -> voided.fire(new ShipmentVoided(x.getAccountId(), x.getOrderId(), x.getId(), now)));
        return new Done(ShipmentDetails.of(s, t.order().number()), told(t, "voided", by));
    }

    private Target lock(long accountId, long orderId, long shipmentId) {
        orders.find(orderId).filter(o -> o.accountId() == accountId).orElseThrow(() -> new NotFoundException("order"));
        // one writer of shipments per order: the same lock as adding one
        ShippableOrder order = orders.lockAll(List.of(orderId)).get(0);
        Shipment s = em.find(Shipment.class, shipmentId);
        if (s == null || s.getOrderId() != orderId || s.getAccountId() != accountId || s.isVoided()) {
            throw new NotFoundException("shipment");
        }
        if (s.getSourceShipmentId() != null) {
            throw new ConflictException(
                    "shipmentId",
                    "shipment " + shipmentId + " is the vendor's shipment copied onto this order: only the vendor"
                            + " corrects or voids it, on its dropship order, and this copy follows");
        }
        // copies are written under the vendor order's lock, which this transaction holds
        List<Shipment> copies = em.createNamedQuery(Shipment.COPIES_OF, Shipment.class)
                .setParameter("shipmentId", shipmentId)
                .getResultList();
        // then the distributor orders, as shipping locks them after the vendor's
        List<ShippableOrder> copyOrders =
                orders.lockAll(copies.stream().map(Shipment::getOrderId).toList());
        return new Target(order, s, copies, copyOrders);
    }

    /** Another live shipment of the same parcel on the order: 409 (one live shipment per parcel). */
    private void refuseClash(Shipment s, ShipmentRules.Checked checked, String where) {
        Parcel parcel = Parcel.of(s.getOrderId(), checked.carrier().name(), checked.trackingNumber());
        Shipment other = store.parcels(List.of(s.getOrderId()), List.of(checked.trackingNumber()))
                .get(parcel);
        if (other != null && !other.getId().equals(s.getId())) {
            throw new ConflictException(
                    "trackingNumber",
                    checked.carrier().name() + " " + checked.trackingNumber() + " is already on " + where
                            + " (shipment " + other.getId() + ")");
        }
    }

    /** Whether the account's own shipments on other orders carry the number (flagged, not refused, as on adding). */
    private boolean usedElsewhere(Shipment s, String number) {
        return store
                .ordersCarrying(List.of(s.getAccountId()), List.of(number))
                .getOrDefault(NumberInAccount.of(s.getAccountId(), number), Set.of())
                .stream()
                .anyMatch(id -> id != s.getOrderId());
    }

    private static List<Shipment> both(Target t) {
        List<Shipment> all = new ArrayList<>();
        all.add(t.shipment());
        all.addAll(t.copies());
        return all;
    }

    private List<Told> told(Target t, String what, String by) {
        Shipment s = t.shipment();
        List<Told> told = new ArrayList<>();
        told.add(new Told(
                s.getAccountId(),
                "Order " + t.order().number() + ": shipment " + s.getId() + " " + what + " by " + by + "."));
        if (!t.copyOrders().isEmpty()) {
            String vendor = accounts.get(s.getAccountId()).publicId();
            for (ShippableOrder copyOrder : t.copyOrders()) {
                told.add(new Told(
                        copyOrder.accountId(),
                        "Order " + copyOrder.number() + ": vendor " + vendor + " " + what + " its shipment on dropship"
                                + " order " + t.order().number() + "; your copy follows."));
            }
        }
        return told;
    }
}
