package io.gemlink.orders.boundary;

import io.gemlink.orders.api.Channel;
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

    /** Newest first, optionally by channel and status (given as text, checked here). */
    public Page<OrderView> list(long accountId, String channel, String status, PageRequest paging) {
        Channel c = parse(Channel.class, channel, "channel");
        OrderStatus s = parse(OrderStatus.class, status, "status");
        String where = " WHERE o.accountId = :accountId" + (c == null ? "" : " AND o.channel = :channel")
                + (s == null ? "" : " AND o.status = :status");
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

    OrderView view(SalesOrder order) {
        List<DropshipPart> parts = em.createNamedQuery(DropshipPart.BY_ORDER, DropshipPart.class)
                .setParameter("orderId", order.getId())
                .getResultList();
        Map<Long, String> vendorStatuses = new HashMap<>();
        for (DropshipPart p : parts) {
            if (p.getVendorOrderId() != null) {
                SalesOrder vendorOrder = em.find(SalesOrder.class, p.getVendorOrderId());
                if (vendorOrder != null) {
                    vendorStatuses.put(
                            p.getVendorOrderId(), vendorOrder.getStatus().name());
                }
            }
        }
        List<ShipmentView> shipments = trackedShipments.ofOrder(order.getId()); // tracking-module owns them
        return OrderViews.of(order, parts, vendorStatuses, shipments);
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
