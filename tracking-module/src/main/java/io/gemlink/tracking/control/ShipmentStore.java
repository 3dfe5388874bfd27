package io.gemlink.tracking.control;

import io.gemlink.tracking.entity.Shipment;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code shipment} table for a batch of shipments, in the caller's transaction and a constant number of
 * statements whatever the batch's size: the parcels the orders already carry (one query), the orders that
 * already carry the numbers (one query), and new shipments written in one JDBC batch and read back with their
 * ids (one query, by the parcel's unique key: no reliance on how a driver reports a batch's generated keys).
 */
@Dependent
public class ShipmentStore {

    @PersistenceContext
    EntityManager em;

    /**
     * A parcel on an order: one live shipment per parcel (unique key {@code uk_shipment_live_parcel}). The number is
     * compared as the column compares it ({@code utf8mb4_unicode_ci}: case does not matter).
     */
    public record Parcel(long orderId, String carrier, String number) {

        public static Parcel of(long orderId, String carrier, String trackingNumber) {
            return new Parcel(orderId, carrier, fold(trackingNumber));
        }

        public static Parcel of(Shipment s) {
            return of(s.getOrderId(), s.getCarrier(), s.getTrackingNumber());
        }
    }

    /** A tracking number in an account, compared like {@link Parcel}'s. */
    public record NumberInAccount(long accountId, String number) {

        public static NumberInAccount of(long accountId, String trackingNumber) {
            return new NumberInAccount(accountId, fold(trackingNumber));
        }
    }

    /** The shipments already on these orders with one of these numbers, by parcel. */
    public Map<Parcel, Shipment> parcels(Collection<Long> orderIds, Collection<String> numbers) {
        Map<Parcel, Shipment> found = new HashMap<>();
        if (!orderIds.isEmpty() && !numbers.isEmpty()) {
            em.createNamedQuery(Shipment.PARCELS, Shipment.class)
                    .setParameter("orderIds", List.copyOf(new HashSet<>(orderIds)))
                    .setParameter("trackingNumbers", List.copyOf(new HashSet<>(numbers)))
                    .getResultStream()
                    .forEach(s -> found.put(Parcel.of(s), s));
        }
        return found;
    }

    /** The orders on which the accounts' own shipments (not copies) already carry these numbers. */
    public Map<NumberInAccount, Set<Long>> ordersCarrying(Collection<Long> accountIds, Collection<String> numbers) {
        Map<NumberInAccount, Set<Long>> found = new HashMap<>();
        if (!accountIds.isEmpty() && !numbers.isEmpty()) {
            em.createNamedQuery(Shipment.NUMBER_USES, Object[].class)
                    .setParameter("accountIds", List.copyOf(new HashSet<>(accountIds)))
                    .setParameter("trackingNumbers", List.copyOf(new HashSet<>(numbers)))
                    .getResultStream()
                    .forEach(r -> found.computeIfAbsent(
                                    NumberInAccount.of((Long) r[0], (String) r[1]), k -> new HashSet<>())
                            .add((Long) r[2]));
        }
        return found;
    }

    /**
     * Writes the (unsaved) shipments in one JDBC batch.
     * @return them as stored, with their ids, by parcel
     */
    public Map<Parcel, Shipment> insert(List<Shipment> shipments) {
        if (shipments.isEmpty()) {
            return Map.of();
        }
        try {
            TrackingInserts.shipments(em.unwrap(Connection.class), shipments);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store shipments: " + e.getMessage(), e);
        }
        Map<Parcel, Shipment> stored = parcels(
                shipments.stream().map(Shipment::getOrderId).toList(),
                shipments.stream().map(Shipment::getTrackingNumber).toList());
        stored.keySet().retainAll(shipments.stream().map(Parcel::of).collect(Collectors.toSet()));
        return stored;
    }

    private static String fold(String trackingNumber) {
        return trackingNumber.toLowerCase(Locale.ROOT);
    }
}
