package io.gemlink.orders.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.account.api.ActivityLog;
import io.gemlink.account.api.DropshippingSettingsView;
import io.gemlink.catalog.api.StockChanged;
import io.gemlink.catalog.api.StockReservations;
import io.gemlink.linking.api.LinkDirectory;
import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.DropshipOrderCreated;
import io.gemlink.orders.api.DropshipState;
import io.gemlink.orders.api.OrderHooks;
import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.control.LinePairs;
import io.gemlink.orders.entity.DropshipPart;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.orders.entity.SalesOrderLine;
import io.gemlink.platform.api.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one owed dropship part into the vendor's dropship order, in its own transaction, only while the
 * link is live (both switches on, the grant that linked the products live, the feed there; else the
 * part is SKIPPED with the reason and nothing reaches the vendor): exactly
 * once, because the part is locked and must still be PENDING, and the vendor order is unique per
 * (vendor, distributor order). Reserves the vendor's stock line by line; a line the stock cannot
 * cover is backordered and the vendor order says BACKORDERED. A line the distributor cancelled meanwhile is copied
 * as cancelled, with nothing reserved; a part whose lines were all cancelled is SKIPPED. The vendor's deadline for
 * acknowledging (if it set one) is fixed on the vendor order here: {@code acknowledgeBy}.
 */
@Stateless
public class PartMirror {

    static final String EVERY_LINE_CANCELLED = "every line for this vendor was cancelled before it was mirrored";

    @PersistenceContext
    EntityManager em;

    @EJB
    DropshipReadiness readiness;

    @EJB
    AccountDirectory accounts;

    @EJB
    ActivityLog activity;

    @EJB
    StockReservations stock;

    @EJB
    LinkDirectory links;

    @Inject
    Instance<OrderHooks> hooks; // none in production

    @Inject
    Event<StockChanged> stockChanged; // a reservation changes the vendor's stock only

    @Inject
    Event<DropshipOrderCreated> created; // its webhook notice is written in this transaction

    /** @return whether this call decided the part (false: another mirroring had, meanwhile) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean mirror(long partId) {
        DropshipPart part = em.find(DropshipPart.class, partId, LockModeType.PESSIMISTIC_WRITE);
        if (part == null || part.getState() != DropshipState.PENDING) {
            return false; // done by someone else meanwhile
        }
        Instant now = Instant.now();
        part.attempted(now);
        SalesOrder order = em.find(SalesOrder.class, part.getOrderId());
        hooks.forEach(h -> h.mirroring(order));

        Optional<String> whyNot = readiness
                .whyNot(order.getAccountId(), part.getVendorAccountId())
                .or(() -> links.whyNotLinked(
                        order.getAccountId(),
                        part.getVendorAccountId(),
                        order.getLines().stream()
                                .filter(l ->
                                        Long.valueOf(part.getVendorAccountId()).equals(l.getVendorAccountId()))
                                .map(SalesOrderLine::getSku)
                                .distinct()
                                .toList()));
        if (whyNot.isPresent()) {
            part.skipped(whyNot.get(), now);
            activity.record(
                    order.getAccountId(),
                    "orders",
                    "Order " + order.getNumber() + ": no dropship order for " + part.getVendorPublicId() + " because "
                            + whyNot.get() + ".");
            return true;
        }
        if (LinePairs.linkedTo(order, part.getVendorAccountId()).stream()
                .allMatch(l -> l.getState().closed())) {
            part.skipped(EVERY_LINE_CANCELLED, now);
            return true;
        }
        Optional<SalesOrder> already = em.createNamedQuery(SalesOrder.BY_SOURCE, SalesOrder.class)
                .setParameter("accountId", part.getVendorAccountId())
                .setParameter("sourceOrderId", order.getId())
                .getResultStream()
                .findFirst();
        SalesOrder vendorOrder = already.orElseGet(() -> createVendorOrder(order, part, now));
        part.created(vendorOrder, now);
        return true;
    }

    /** Makes the skipped parts of the caller's order owed again; answers their ids. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> reopenSkipped(long accountId, long orderId) {
        SalesOrder order = em.find(SalesOrder.class, orderId);
        if (order == null || order.getAccountId() != accountId) {
            throw new NotFoundException("order");
        }
        List<DropshipPart> skipped = em.createNamedQuery(DropshipPart.BY_ORDER, DropshipPart.class)
                .setParameter("orderId", orderId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .filter(p -> p.getState() == DropshipState.SKIPPED)
                .toList();
        Instant now = Instant.now();
        skipped.forEach(p -> p.retry(now));
        return skipped.stream().map(DropshipPart::getId).toList();
    }

    private SalesOrder createVendorOrder(SalesOrder order, DropshipPart part, Instant now) {
        long vendorId = part.getVendorAccountId();
        DropshippingSettingsView vendorSettings = accounts.dropshipping(vendorId);
        OrderStatus chosen = vendorSettings.vendorOrderStatus();
        SalesOrder vendorOrder = new SalesOrder(
                vendorId,
                Channel.DROPSHIPPING,
                null,
                chosen,
                order.getCurrency(),
                order.getShippingAddress() == null
                        ? null
                        : order.getShippingAddress().copy(),
                now);
        // fixed now: a later change of the setting reaches later orders only
        if (vendorSettings.acknowledgeWithinHours() != null) {
            vendorOrder.acknowledgeBy(now.plus(Duration.ofHours(vendorSettings.acknowledgeWithinHours())));
        }
        vendorOrder.mirrorOf(
                order.getAccountId(), accounts.get(order.getAccountId()).publicId(), order.getId(), order.getNumber());
        // every linked line, a cancelled one too (copied as cancelled): vendor line n copies the n-th (LinePairs)
        List<SalesOrderLine> lines = LinePairs.linkedTo(order, vendorId);
        // reserve in SKU order, the same for every order: two orders sharing two products never lock them crosswise
        Map<SalesOrderLine, Boolean> covered = new IdentityHashMap<>();
        lines.stream()
                .filter(l -> !l.getState().closed())
                .sorted(Comparator.comparing(SalesOrderLine::getVendorSku))
                .forEach(l -> covered.put(l, stock.reserve(vendorId, l.getVendorSku(), l.getQuantity(), now)));
        List<String> reserved = new ArrayList<>();
        boolean backordered = false;
        for (SalesOrderLine line : lines) {
            SalesOrderLine copy = vendorOrder.addLine(
                    line.getVendorSku(),
                    line.getTitle(),
                    line.getQuantity(),
                    stock.priceToDistributor(
                            order.getAccountId(), line.getSku(), vendorId, line.getVendorSku(), line.getUnitPrice()));
            if (line.getState().closed()) {
                copy.follow(line); // cancelled by the distributor before it reached the vendor: nothing reserved
            } else if (covered.get(line)) {
                reserved.add(line.getVendorSku());
            } else {
                copy.markBackordered();
                line.markBackordered();
                backordered = true;
            }
        }
        if (backordered) {
            vendorOrder.changeStatus(OrderStatus.BACKORDERED, now);
        }
        em.persist(vendorOrder);
        em.flush();
        vendorOrder.assignNumber();
        if (!reserved.isEmpty()) {
            stockChanged.fire(new StockChanged(vendorId, List.copyOf(reserved), now));
        }
        created.fire(new DropshipOrderCreated(
                vendorId,
                vendorOrder.getId(),
                vendorOrder.getNumber(),
                vendorOrder.getChannel(),
                vendorOrder.getSourceAccountPublicId(),
                vendorOrder.getSourceOrderNumber(),
                vendorOrder.getStatus(),
                vendorOrder.getLines().stream()
                        .map(l -> new DropshipOrderCreated.Line(
                                l.getLineNo(), l.getSku(), l.getQuantity(), l.getUnitPrice()))
                        .toList(),
                vendorOrder.getCreatedAt()));
        return vendorOrder;
    }
}
