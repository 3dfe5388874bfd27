package io.gemlink.tracking.control;

import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.tracking.api.ShipmentAdded;
import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.entity.Shipment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Adds one shipment to an order inside the caller's transaction: locks the order, checks the
 * shipment (nothing is written when a check fails), answers the existing shipment when the same
 * parcel is already on the order, flags a number used on another order of the account, moves the
 * order's status and fires {@link ShipmentAdded}. A plain CDI bean, not an EJB: a refused row of a
 * bulk upload throws here without marking the whole batch's transaction for rollback.
 */
@Dependent
public class ShipmentRecorder {

    @PersistenceContext
    EntityManager em;

    @EJB
    ShippableOrders orders;

    @Inject
    Event<ShipmentAdded> added;

    /** The shipment, and whether it is new (false: the same parcel was already on the order). */
    public record Recorded(Shipment shipment, boolean created) {}

    /** @throws BadInputException naming the broken fields; nothing is written then */
    public Recorded add(ShippableOrder order, ShipmentRequest request) {
        Instant now = Instant.now();
        LocalDate placedOn = LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC);
        ShipmentRules.Checked checked = ShipmentRules.check(request, placedOn, LocalDate.now(ZoneOffset.UTC));
        if (order.status() == OrderStatus.CANCELLED) {
            throw new BadInputException("orderNumber", "order " + order.number() + " is cancelled");
        }
        orders.lock(order.id()); // one writer per order: the parcel check and the status hold
        var same = em.createNamedQuery(Shipment.BY_PARCEL, Shipment.class)
                .setParameter("orderId", order.id())
                .setParameter("carrier", checked.carrier().name())
                .setParameter("trackingNumber", checked.trackingNumber())
                .getResultStream()
                .findFirst();
        if (same.isPresent()) {
            return new Recorded(same.get(), false);
        }
        Shipment shipment = new Shipment(
                order.accountId(),
                order.id(),
                checked.carrier().name(),
                checked.trackingNumber(),
                checked.sendDate(),
                checked.extendedField1(),
                checked.trackingUrl(),
                now);
        long usedElsewhere = em.createNamedQuery(Shipment.USED_ELSEWHERE, Long.class)
                .setParameter("accountId", order.accountId())
                .setParameter("trackingNumber", checked.trackingNumber())
                .setParameter("orderId", order.id())
                .getSingleResult();
        if (usedElsewhere > 0) {
            shipment.flagDuplicateNumber();
        }
        em.persist(shipment);
        em.flush();
        orders.shipmentAdded(order.id(), now);
        added.fire(new ShipmentAdded(order.accountId(), order.id(), shipment.getId(), false));
        return new Recorded(shipment, true);
    }
}
