package io.gemlink.orders.boundary;

import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderListQuery;
import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.api.OrderView;
import io.gemlink.orders.api.ShipmentView;
import io.gemlink.orders.control.OrderViews;
import io.gemlink.orders.entity.DropshipPart;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.tracking.api.ShipmentDirectory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads an account's orders; another account's order is "not found". */
@Stateless
public class OrderQueries {

    @PersistenceContext
    EntityManager em;

    @EJB
    ShipmentDirectory trackedShipments;

    public OrderView get(long accountId, long orderId) {
        SalesOrder order = em.find(SalesOrder.class, orderId);
        if (order == null || order.getAccountId() != accountId) {
            throw new NotFoundException("order");
        }
        return view(order);
    }

    public Optional<OrderView> findByExternalId(long accountId, Channel channel, String externalId) {
        return em.createNamedQuery(SalesOrder.BY_EXTERNAL_ID, SalesOrder.class)
                .setParameter("accountId", accountId)
                .setParameter("channel", channel)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    /**
     * What needs the account's action, on its own orders only: as a vendor, a dropship order with a line still OPEN
     * (to accept or reject); as a distributor, an order with a proposed ship date waiting for its answer, or with
     * a vendor order past its acknowledgement deadline that still has an OPEN line.
     */
    static final String NEEDS_ACTION = " AND ((o.channel = io.gemlink.orders.api.Channel.DROPSHIPPING"
            + " AND EXISTS (SELECT l.id FROM SalesOrderLine l WHERE l.order = o"
            + " AND l.state = io.gemlink.orders.api.LineState.OPEN))"
            + " OR (o.channel <> io.gemlink.orders.api.Channel.DROPSHIPPING"
            + " AND (EXISTS (SELECT l.id FROM SalesOrderLine l WHERE l.order = o AND l.proposedShipDate IS NOT NULL"
            + " AND l.proposalAnswer IS NULL AND (l.state = io.gemlink.orders.api.LineState.OPEN"
            + " OR l.state = io.gemlink.orders.api.LineState.ACCEPTED))"
            + " OR EXISTS (SELECT p.id FROM DropshipPart p, SalesOrder v WHERE p.orderId = o.id"
            + " AND v.id = p.vendorOrderId AND v.overdueAt IS NOT NULL"
            + " AND EXISTS (SELECT vl.id FROM SalesOrderLine vl WHERE vl.order = v"
            + " AND vl.state = io.gemlink.orders.api.LineState.OPEN)))))";

    /** Newest first, optionally by channel and status (given as text, checked here). */
    public Page<OrderView> list(long accountId, String channel, String status, PageRequest paging) {
        return list(accountId, channel, status, null, paging);
    }

    /**
     * Newest first, optionally by channel, status and whether it needs the account's action (given as text,
     * checked here).
     */
    public Page<OrderView> list(long accountId, String channel, String status, String needsAction, PageRequest paging) {
        Channel c = parse(Channel.class, channel, "channel");
        OrderStatus s = parse(OrderStatus.class, status, "status");
        boolean onlyNeedingAction = flag(needsAction, "needsAction");
        String where = " WHERE o.accountId = :accountId" + (c == null ? "" : " AND o.channel = :channel")
                + (s == null ? "" : " AND o.status = :status") + (onlyNeedingAction ? NEEDS_ACTION : "");
        TypedQuery<SalesOrder> q =
                em.createQuery("SELECT o FROM SalesOrder o" + where + " ORDER BY o.id DESC", SalesOrder.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM SalesOrder o" + where, Long.class);
        for (TypedQuery<?> query : List.of(q, count)) {
            query.setParameter("accountId", accountId);
            if (c != null) {
                query.setParameter("channel", c);
            }
            if (s != null) {
                query.setParameter("status", s);
            }
        }
        List<OrderView> items = q.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList().stream()
                .map(this::view)
                .toList();
        return new Page<>(items, paging.page(), paging.size(), count.getSingleResult());
    }

    /** The JPQL path of each sort key of {@link OrderListQuery#SORTS}: a whitelist, never the user's text. */
    static final Map<String, String> SORT_PATHS =
            Map.of("number", "o.number", "channel", "o.channel", "status", "o.status", "createdAt", "o.id");

    /**
     * A page of the admin's order list: filtered, searched and sorted in the database (LIMIT/OFFSET), with the
     * total of the filtered list. Ties (and an unknown sort key) fall back to the order's id.
     */
    public Page<OrderView> search(long accountId, OrderListQuery query, PageRequest paging) {
        Channel c = parse(Channel.class, query.channel(), "channel");
        OrderStatus s = parse(OrderStatus.class, query.status(), "status");
        String like = like(query.q());
        String where = " WHERE o.accountId = :accountId" + (c == null ? "" : " AND o.channel = :channel")
                + (s == null ? "" : " AND o.status = :status")
                + (like == null
                        ? ""
                        : " AND (LOWER(o.number) LIKE :q OR LOWER(o.externalId) LIKE :q"
                                + " OR LOWER(o.sourceOrderNumber) LIKE :q OR LOWER(o.shippingAddress.name) LIKE :q)")
                + (query.needsAction() ? NEEDS_ACTION : "")
                + (query.backordered() ? OrderStats.BACKORDERED : "");
        boolean known = query.sort() != null && SORT_PATHS.containsKey(query.sort()); // Map.of refuses a null key
        String path = known ? SORT_PATHS.get(query.sort()) : "o.id";
        boolean ascending = known && query.ascending();
        String direction = ascending ? " ASC" : " DESC";
        String order = " ORDER BY " + path + direction + (path.equals("o.id") ? "" : ", o.id" + direction);
        TypedQuery<SalesOrder> q = em.createQuery("SELECT o FROM SalesOrder o" + where + order, SalesOrder.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM SalesOrder o" + where, Long.class);
        for (TypedQuery<?> each : List.of(q, count)) {
            each.setParameter("accountId", accountId);
            if (c != null) {
                each.setParameter("channel", c);
            }
            if (s != null) {
                each.setParameter("status", s);
            }
            if (like != null) {
                each.setParameter("q", like);
            }
        }
        List<OrderView> items = q.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList().stream()
                .map(this::view)
                .toList();
        return new Page<>(items, paging.page(), paging.size(), count.getSingleResult());
    }

    /** A search text as a LIKE pattern (lower case, its own % and _ taken literally), or null for none. */
    static String like(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }

    /** How many of the account's orders need its action (the admin's badge). */
    public long needingAction(long accountId) {
        return em.createQuery(
                        "SELECT COUNT(o) FROM SalesOrder o WHERE o.accountId = :accountId" + NEEDS_ACTION, Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
    }

    OrderView view(SalesOrder order) {
        List<DropshipPart> parts = em.createNamedQuery(DropshipPart.BY_ORDER, DropshipPart.class)
                .setParameter("orderId", order.getId())
                .getResultList();
        Map<Long, SalesOrder> vendorOrders = new HashMap<>();
        for (DropshipPart p : parts) {
            if (p.getVendorOrderId() != null) {
                SalesOrder vendorOrder = em.find(SalesOrder.class, p.getVendorOrderId());
                if (vendorOrder != null) {
                    vendorOrders.put(p.getVendorOrderId(), vendorOrder);
                }
            }
        }
        List<ShipmentView> shipments = trackedShipments.ofOrder(order.getId()); // tracking-module owns them
        return OrderViews.of(order, parts, vendorOrders, shipments);
    }

    private static boolean flag(String value, String field) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new BadInputException(field, "must be true or false, not '" + value + "'");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(field, "unknown value '" + value + "'");
        }
    }
}
