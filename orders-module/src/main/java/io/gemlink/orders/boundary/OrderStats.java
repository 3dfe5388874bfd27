package io.gemlink.orders.boundary;

import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderStatus;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers of the admin's dashboards about one account's orders, each counted by the database (GROUP BY), never
 * by loading orders. "Dropship" is the vendor's side (channel DROPSHIPPING); the other channels are the
 * distributor's own orders. Every query names the account: another account's orders are never counted.
 */
@Stateless
public class OrderStats {

    /** A vendor's dropship order that still waits for its (last) tracking: not shipped, not closed. */
    public static final Set<OrderStatus> AWAITING_TRACKING = EnumSet.of(
            OrderStatus.NEW,
            OrderStatus.PROCESSING,
            OrderStatus.AWAITING_SHIPMENT,
            OrderStatus.ON_HOLD,
            OrderStatus.BACKORDERED,
            OrderStatus.PARTIALLY_SHIPPED);

    // UTC days (created_at is stored as UTC); the same clause on H2 and MariaDB
    static final String PER_DAY = "SELECT CAST(created_at AS DATE), channel, COUNT(*) FROM sales_order"
            + " WHERE account_id = ? AND created_at >= ? AND %s GROUP BY CAST(created_at AS DATE), channel";

    /**
     * A distributor's own order with a line its vendor could not cover from stock, still to be shipped: the
     * dashboard's count and the order list's {@code ?backordered=true} filter, one clause (no parameters).
     */
    static final String BACKORDERED = " AND o.channel <> io.gemlink.orders.api.Channel.DROPSHIPPING"
            + " AND EXISTS (SELECT l.id FROM SalesOrderLine l WHERE l.order = o AND l.backordered = TRUE"
            + " AND (l.state = io.gemlink.orders.api.LineState.OPEN"
            + " OR l.state = io.gemlink.orders.api.LineState.ACCEPTED))";

    @PersistenceContext
    EntityManager em;

    /** How many orders the account received on one UTC day from one channel. */
    public record DayCount(LocalDate day, Channel channel, long count) {}

    /** Orders waiting for tracking by how long they have waited since they arrived. */
    public record Ages(long underOneDay, long oneToThreeDays, long threeToSevenDays, long overSevenDays) {
        public long total() {
            return underOneDay + oneToThreeDays + threeToSevenDays + overSevenDays;
        }
    }

    /** Orders per UTC day and channel from {@code since} on; days without orders are left out. */
    public List<DayCount> perDay(long accountId, boolean dropship, Instant since) {
        List<?> rows = em.createNativeQuery(PER_DAY.formatted(dropship ? "channel = ?" : "channel <> ?"))
                .setParameter(1, accountId)
                .setParameter(2, Timestamp.valueOf(LocalDateTime.ofInstant(since, ZoneOffset.UTC)))
                .setParameter(3, Channel.DROPSHIPPING.name())
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new DayCount(day(r[0]), Channel.valueOf((String) r[1]), ((Number) r[2]).longValue()))
                .toList();
    }

    /** The account's dropship orders (as a vendor) or its own channels' orders (as a distributor), per status. */
    public Map<OrderStatus, Long> byStatus(long accountId, boolean dropship) {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        em.createQuery(
                        "SELECT o.status, COUNT(o) FROM SalesOrder o WHERE o.accountId = :accountId AND o.channel"
                                + (dropship ? " = " : " <> ") + ":channel GROUP BY o.status",
                        Object[].class)
                .setParameter("accountId", accountId)
                .setParameter("channel", Channel.DROPSHIPPING)
                .getResultList()
                .forEach(r -> counts.put((OrderStatus) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** The vendor's dropship orders still awaiting tracking ({@link #AWAITING_TRACKING}), by their age. */
    public Ages awaitingTracking(long accountId, Instant now) {
        // one count per age band: a SUM over CASE WHEN … THEN 1 ELSE 0 has EclipseLink bind the 1 and the 0,
        // and H2 (the demo's database) refuses to SUM parameters of unknown type
        Instant day1 = now.minus(Duration.ofDays(1));
        Instant day3 = now.minus(Duration.ofDays(3));
        Instant day7 = now.minus(Duration.ofDays(7));
        return new Ages(
                awaiting(accountId, day1, null),
                awaiting(accountId, day3, day1),
                awaiting(accountId, day7, day3),
                awaiting(accountId, null, day7));
    }

    /** The vendor's dropship orders awaiting tracking created after {@code after} and at or before {@code upTo}. */
    private long awaiting(long accountId, Instant after, Instant upTo) {
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(o) FROM SalesOrder o WHERE o.accountId = :accountId AND o.channel = :channel"
                        + " AND o.status IN :awaiting"
                        + (after == null ? "" : " AND o.createdAt > :after")
                        + (upTo == null ? "" : " AND o.createdAt <= :upTo"),
                Long.class);
        if (after != null) query.setParameter("after", after);
        if (upTo != null) query.setParameter("upTo", upTo);
        return query.setParameter("accountId", accountId)
                .setParameter("channel", Channel.DROPSHIPPING)
                .setParameter("awaiting", AWAITING_TRACKING)
                .getSingleResult();
    }

    /** The distributor's own orders with a line its vendor could not cover from stock, still to be shipped. */
    public long backordered(long accountId) {
        return em.createQuery(
                        "SELECT COUNT(o) FROM SalesOrder o WHERE o.accountId = :accountId" + BACKORDERED, Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
    }

    /** The account's orders from its own channels (everything but the dropship orders it received). */
    public long channelOrders(long accountId) {
        return em.createQuery(
                        "SELECT COUNT(o) FROM SalesOrder o WHERE o.accountId = :accountId AND o.channel <> :channel",
                        Long.class)
                .setParameter("accountId", accountId)
                .setParameter("channel", Channel.DROPSHIPPING)
                .getSingleResult();
    }

    static LocalDate day(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
