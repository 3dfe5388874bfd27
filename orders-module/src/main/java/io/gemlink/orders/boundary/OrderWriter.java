package io.gemlink.orders.boundary;

import io.gemlink.catalog.api.StockReservations;
import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderHooks;
import io.gemlink.orders.api.OrderPlaced;
import io.gemlink.orders.api.OrderRequest;
import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.control.OrderViews;
import io.gemlink.orders.entity.DropshipPart;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.orders.entity.SalesOrderLine;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a new distributor order in its own transaction: the order, its lines (linked lines tied to
 * their vendor) and one dropship part per vendor — the outbox of mirroring, committed together with
 * the order so that nothing owed is lost even if the server stops right after.
 */
@Stateless
public class OrderWriter {

    @PersistenceContext
    EntityManager em;

    @EJB
    StockReservations catalog;

    @Inject
    Event<OrderPlaced> orderPlaced;

    @Inject
    Instance<OrderHooks> hooks; // none in production

    /**
     * @throws jakarta.persistence.PersistenceException if the same channel order was written meanwhile, or the
     *         transaction lost a deadlock or an id race (OrderIntake runs it again then)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long create(long accountId, Channel channel, OrderRequest request) {
        Instant now = Instant.now();
        SalesOrder order = new SalesOrder(
                accountId,
                channel,
                blankToNull(request.externalId()),
                OrderStatus.NEW,
                request.currency(),
                OrderViews.address(request.shippingAddress()),
                now);
        Map<Long, String> vendors = new LinkedHashMap<>();
        for (OrderRequest.Line l : request.lines()) {
            Optional<StockReservations.Ordered> product = catalog.ordered(accountId, l.sku());
            SalesOrderLine line = order.addLine(
                    l.sku(), product.map(StockReservations.Ordered::title).orElse(null), l.quantity(), l.unitPrice());
            product.filter(StockReservations.Ordered::linked).ifPresent(p -> {
                line.linkTo(p.vendorAccountId(), p.vendorSku());
                vendors.putIfAbsent(p.vendorAccountId(), p.vendorPublicId());
            });
        }
        em.persist(order);
        em.flush(); // a concurrent copy of the same channel order fails here (unique key)
        order.assignNumber();
        hooks.forEach(h -> h.orderWritten(order));
        List<DropshipPart> parts = new ArrayList<>();
        vendors.forEach((vendorId, vendorPublicId) -> {
            DropshipPart part = new DropshipPart(order.getId(), vendorId, vendorPublicId, now);
            em.persist(part);
            parts.add(part);
        });
        em.flush(); // the parts' ids, for mirroring after the commit
        orderPlaced.fire(new OrderPlaced(
                accountId,
                order.getId(),
                parts.stream().map(DropshipPart::getId).toList()));
        return order.getId();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
