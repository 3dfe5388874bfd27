package io.gemlink.tracking.control;

import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;
import io.gemlink.tracking.api.ShipmentAdded;
import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.api.ShipmentsAdded;
import io.gemlink.tracking.control.ShipmentStore.NumberInAccount;
import io.gemlink.tracking.control.ShipmentStore.Parcel;
import io.gemlink.tracking.entity.Shipment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds shipments to orders inside the caller's transaction, a whole batch at once (one shipment from the API is
 * a batch of one): checks each row (a refused row writes nothing and keeps its neighbours), locks the rows'
 * orders in one statement, answers the existing shipment when the same parcel is already on the order (or
 * earlier in the batch), flags a number used on another order of the account (or earlier in the batch on
 * another order), writes the new shipments in one JDBC batch, moves the orders' status and fires one
 * {@link ShipmentsAdded}. A constant number of statements per batch, whatever its size. A plain CDI bean, not an
 * EJB: a refused row is an answer, not an exception that would mark the batch's transaction for rollback.
 */
@Dependent
public class ShipmentRecorder {

    /** An order in these statuses has every line cancelled or rejected: orders-module keeps them so. */
    static final Set<OrderStatus> CLOSED = EnumSet.of(OrderStatus.CANCELLED, OrderStatus.REJECTED);

    @EJB
    ShippableOrders orders;

    @Inject
    ShipmentStore store;

    @Inject
    Event<ShipmentsAdded> added;

    /** A shipment to add to an order (found by the caller: scoped to the caller's account). */
    public record Entry(ShippableOrder order, ShipmentRequest request) {}

    /**
     * What became of an entry: refused (its broken fields, every one of them; nothing written; {@code closed}
     * when the order has nothing left to ship), or the shipment and whether it is new (false: the same parcel was
     * already on the order).
     */
    public record Recorded(Shipment shipment, boolean created, List<FieldError> refused, boolean closed) {

        public Recorded(Shipment shipment, boolean created, List<FieldError> refused) {
            this(shipment, created, refused, false);
        }

        static Recorded refused(List<FieldError> errors) {
            return new Recorded(null, false, errors, false);
        }

        /** Refused because the order has nothing left to ship: every line rejected or cancelled (a conflict). */
        static Recorded closed(String orderNumber, OrderStatus status) {
            return new Recorded(
                    null,
                    false,
                    List.of(new FieldError(
                            "orderNumber",
                            "order " + orderNumber + " is " + status
                                    + ": every line is cancelled or rejected, nothing is left to ship")),
                    true);
        }

        public boolean isRefused() {
            return refused != null;
        }
    }

    /** @return one answer per entry, in order */
    public List<Recorded> add(List<Entry> entries) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as the column keeps it
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Recorded[] answers = new Recorded[entries.size()];
        ShipmentRules.Checked[] checked = new ShipmentRules.Checked[entries.size()];
        Set<Long> orderIds = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            try {
                LocalDate placedOn = LocalDate.ofInstant(e.order().createdAt(), ZoneOffset.UTC);
                checked[i] = ShipmentRules.check(e.request(), placedOn, today);
                orderIds.add(e.order().id());
            } catch (BadInputException refused) {
                answers[i] = Recorded.refused(refused.errors());
            }
        }
        // one writer per order: the parcel checks and the statuses hold until the commit
        Map<Long, ShippableOrder> locked = new HashMap<>();
        orders.lockAll(orderIds).forEach(o -> locked.put(o.id(), o));
        Set<String> numbers = new HashSet<>();
        Set<Long> accountIds = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (checked[i] != null) {
                ShippableOrder order = locked.get(entries.get(i).order().id());
                String number = entries.get(i).order().number();
                if (order == null) {
                    answers[i] = Recorded.refused(List.of(new FieldError("orderNumber", "no such order: " + number)));
                    checked[i] = null;
                } else if (CLOSED.contains(order.status())) {
                    // read under the order's lock: a cancel or a reject of the last line waits for it, or went first
                    answers[i] = Recorded.closed(number, order.status());
                    checked[i] = null;
                } else {
                    numbers.add(checked[i].trackingNumber());
                    accountIds.add(order.accountId());
                }
            }
        }
        Map<Parcel, Shipment> onOrders = store.parcels(locked.keySet(), numbers);
        Map<NumberInAccount, Set<Long>> carrying = store.ordersCarrying(accountIds, numbers);
        Map<Parcel, Integer> firstInBatch = new HashMap<>();
        List<Shipment> fresh = new ArrayList<>();
        Parcel[] parcels = new Parcel[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            if (checked[i] == null) {
                continue;
            }
            ShippableOrder order = locked.get(entries.get(i).order().id());
            ShipmentRules.Checked c = checked[i];
            Parcel parcel = Parcel.of(order.id(), c.carrier().name(), c.trackingNumber());
            parcels[i] = parcel;
            Shipment same = onOrders.get(parcel);
            if (same != null) {
                answers[i] = new Recorded(same, false, null);
                continue;
            }
            if (firstInBatch.putIfAbsent(parcel, i) != null) {
                continue; // the same parcel earlier in this batch: answered below, once it is stored
            }
            Shipment shipment = new Shipment(
                    order.accountId(),
                    order.id(),
                    c.carrier().name(),
                    c.trackingNumber(),
                    c.sendDate(),
                    c.extendedField1(),
                    c.trackingUrl(),
                    now);
            Set<Long> on = carrying.computeIfAbsent(
                    NumberInAccount.of(order.accountId(), c.trackingNumber()), k -> new HashSet<>());
            if (on.stream().anyMatch(id -> id != order.id())) {
                shipment.flagDuplicateNumber();
            }
            on.add(order.id());
            fresh.add(shipment);
        }
        Map<Parcel, Shipment> stored = store.insert(fresh);
        Set<Long> shipped = new LinkedHashSet<>();
        List<ShipmentAdded> facts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (answers[i] != null) {
                continue;
            }
            Shipment shipment = stored.get(parcels[i]);
            boolean first = firstInBatch.get(parcels[i]) == i;
            answers[i] = new Recorded(shipment, first, null);
            if (first) {
                shipped.add(shipment.getOrderId());
                facts.add(new ShipmentAdded(shipment.getAccountId(), shipment.getOrderId(), shipment.getId(), false));
            }
        }
        orders.shipmentsAdded(shipped, now);
        if (!facts.isEmpty()) {
            added.fire(new ShipmentsAdded(facts));
        }
        return List.of(answers);
    }
}
