package io.gemlink.orders.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.catalog.api.StockChanged;
import io.gemlink.catalog.api.StockReservations;
import io.gemlink.orders.api.LineReason;
import io.gemlink.orders.api.LineState;
import io.gemlink.orders.api.LinesShippedException;
import io.gemlink.orders.api.OrderCancelled;
import io.gemlink.orders.api.OrderLineRejected;
import io.gemlink.orders.api.ShipmentView;
import io.gemlink.orders.control.LinePairs;
import io.gemlink.orders.control.OrderLocks;
import io.gemlink.orders.control.OrderStatuses;
import io.gemlink.orders.control.StockReturns;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.orders.entity.SalesOrderLine;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.FieldError;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.tracking.api.ShipmentDirectory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The binding transitions of an order's lines, each in a transaction of its own ({@link OrderLifecycle} runs it
 * again when it loses a deadlock): a vendor accepts or rejects a line of its dropship order, a vendor cancels
 * (rejects) lines of its dropship order, an owner cancels lines of its order. A distributor's linked line follows
 * its vendor line in the same transaction; a line that leaves without shipping gives its reserved stock back.
 * <p>
 * Locks ({@link OrderLocks}), the same order as shipping: the distributor order's dropship parts (a cancel only:
 * one writer with the mirroring), then the vendor orders in id order, then the distributor order. Every transaction
 * starts with those locking reads, so the lines it reads afterwards are what the last writer under those locks
 * committed: a shipment and a cancel of one line never both win.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LifecycleWriter {

    @PersistenceContext
    EntityManager em;

    @EJB
    AccountDirectory accounts;

    @EJB
    ShipmentDirectory shipments;

    @EJB
    StockReservations stock;

    @Inject
    Event<StockChanged> stockChanged;

    @Inject
    Event<OrderLineRejected> lineRejected; // the webhook notices are written in this transaction

    @Inject
    Event<OrderCancelled> orderCancelled;

    /** A line to activity-log once the transition committed: which account reads it, and what. */
    public record Told(long accountId, String message) {}

    /** The vendor accepts ({@code reason} null) or rejects one line of its dropship order. */
    public List<Told> answer(long accountId, long orderId, int lineNo, LineReason reason, String note) {
        SalesOrder vendorOrder = OrderLocks.dropshipOrder(em, accountId, orderId);
        SalesOrder distributorOrder = OrderLocks.source(em, vendorOrder);
        SalesOrderLine line = vendorOrder
                .line(lineNo)
                .orElseThrow(() -> new NotFoundException("line " + lineNo + " of order " + vendorOrder.getNumber()));
        LineState state = line.getState();
        boolean accept = reason == null;
        if (accept && state == LineState.ACCEPTED) {
            return List.of(); // accepted already: the same answer again changes nothing
        }
        if (state != LineState.OPEN && (accept || state != LineState.ACCEPTED)) {
            throw new ConflictException(
                    "lineNo",
                    "line " + lineNo + " is " + state + " and cannot be " + (accept ? "accepted" : "rejected"));
        }
        Instant now = Instant.now();
        StockReturns releases = new StockReturns(stock, stockChanged);
        if (accept) {
            line.accept(now);
        } else {
            line.close(LineState.REJECTED, reason, note, now);
            releases.add(vendorOrder.getAccountId(), line);
        }
        OrderLocks.settle(vendorOrder, distributorOrder, now);
        releases.giveBack(now);
        if (!accept && distributorOrder != null) {
            SalesOrderLine followed =
                    LinePairs.of(vendorOrder, distributorOrder).get(line);
            if (followed != null) {
                lineRejected.fire(new OrderLineRejected(
                        distributorOrder.getAccountId(),
                        distributorOrder.getId(),
                        distributorOrder.getNumber(),
                        followed.getLineNo(),
                        followed.getSku(),
                        followed.getQuantity(),
                        reason,
                        note,
                        publicId(accountId),
                        distributorOrder.getStatus(),
                        now));
            }
        }
        String what = accept ? "accepted" : "rejected (" + why(reason, note) + ")";
        List<Told> told = new ArrayList<>();
        told.add(new Told(
                accountId,
                "Dropship order " + vendorOrder.getNumber() + ": line " + lineNo + " (" + line.getSku() + ") " + what
                        + "."));
        if (distributorOrder != null && !accept) {
            told.add(new Told(
                    distributorOrder.getAccountId(),
                    "Order " + distributorOrder.getNumber() + ": vendor " + publicId(accountId) + " rejected "
                            + line.getSku() + " (" + why(reason, note) + ")."));
        }
        return told;
    }

    /** The vendor cancels lines of its dropship order (none named: all): each becomes REJECTED with the reason. */
    public List<Told> cancelAsVendor(
            long accountId, long orderId, List<Integer> lineNos, LineReason reason, String note) {
        SalesOrder vendorOrder = OrderLocks.dropshipOrder(em, accountId, orderId);
        SalesOrder distributorOrder = OrderLocks.source(em, vendorOrder);
        List<SalesOrderLine> named = named(vendorOrder, lineNos);
        List<Integer> shipped = numbers(named.stream().filter(l -> l.getState() == LineState.SHIPPED));
        if (!shipped.isEmpty()) {
            throw new LinesShippedException(shipped, shipments.ofOrder(vendorOrder.getId()));
        }
        List<SalesOrderLine> live =
                named.stream().filter(l -> !l.getState().closed()).toList();
        if (live.isEmpty()) {
            return List.of(); // cancelled already
        }
        Instant now = Instant.now();
        StockReturns releases = new StockReturns(stock, stockChanged);
        for (SalesOrderLine line : live) {
            line.close(LineState.REJECTED, reason, note, now);
            releases.add(vendorOrder.getAccountId(), line);
        }
        String by = publicId(accountId);
        vendorOrder.cancelled(by, reason, note, now);
        if (distributorOrder != null) {
            distributorOrder.cancelled(by, reason, note, now);
        }
        OrderLocks.settle(vendorOrder, distributorOrder, now);
        releases.giveBack(now);
        fireCancelled(vendorOrder, live, by, reason, note, now);
        if (distributorOrder != null) {
            Map<SalesOrderLine, SalesOrderLine> pairs = LinePairs.of(vendorOrder, distributorOrder);
            fireCancelled(
                    distributorOrder,
                    live.stream()
                            .map(pairs::get)
                            .filter(java.util.Objects::nonNull)
                            .toList(),
                    by,
                    reason,
                    note,
                    now);
        }
        List<Told> told = new ArrayList<>();
        told.add(new Told(
                accountId,
                "Dropship order " + vendorOrder.getNumber() + ": lines " + numbers(live.stream()) + " cancelled ("
                        + why(reason, note) + ")."));
        if (distributorOrder != null) {
            told.add(new Told(
                    distributorOrder.getAccountId(),
                    "Order " + distributorOrder.getNumber() + ": vendor " + by + " cancelled its dropship order "
                            + vendorOrder.getNumber() + " for " + skus(live) + " (" + why(reason, note) + ")."));
        }
        return told;
    }

    /**
     * The owner cancels lines of its own order (none named: all). A linked line on a vendor order is cancelled on
     * both sides; one still owed to the mirroring is cancelled here and mirrored as cancelled (or its part skipped).
     * A named line that has shipped refuses the whole request.
     */
    public List<Told> cancelAsOwner(
            long accountId, long orderId, List<Integer> lineNos, LineReason reason, String note) {
        return cancelLocked(accountId, OrderLocks.ownOrder(em, accountId, orderId), lineNos, reason, note);
    }

    /**
     * The owner's cancel of lines of its order, already locked ({@link OrderLocks#ownOrder}), in the caller's
     * transaction: the one cancel path, for a cancel and for a refused ship date proposal.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<Told> cancelLocked(
            long accountId, OrderLocks.OwnOrder own, List<Integer> lineNos, LineReason reason, String note) {
        SalesOrder order = own.order();
        Map<SalesOrderLine, SalesOrderLine> vendorLineOf = own.vendorLineOf();
        Map<SalesOrderLine, SalesOrder> vendorOrderOf = own.vendorOrderOf();
        List<SalesOrderLine> named = named(order, lineNos);
        Set<Long> carrying = new LinkedHashSet<>();
        List<Integer> shipped = new ArrayList<>();
        for (SalesOrderLine line : named) {
            SalesOrderLine decisive = vendorLineOf.getOrDefault(line, line);
            if (decisive.getState() == LineState.SHIPPED) {
                shipped.add(line.getLineNo());
                carrying.add(
                        vendorOrderOf.containsKey(line)
                                ? vendorOrderOf.get(line).getId()
                                : order.getId());
            }
        }
        if (!shipped.isEmpty()) {
            List<ShipmentView> parcels = new ArrayList<>();
            carrying.forEach(id -> parcels.addAll(shipments.ofOrder(id)));
            throw new LinesShippedException(shipped, parcels.stream().distinct().toList());
        }
        List<SalesOrderLine> live = named.stream()
                .filter(l -> !vendorLineOf.getOrDefault(l, l).getState().closed())
                .toList();
        if (live.isEmpty()) {
            return List.of(); // cancelled already
        }
        Instant now = Instant.now();
        String by = publicId(accountId);
        StockReturns releases = new StockReturns(stock, stockChanged);
        Map<SalesOrder, List<SalesOrderLine>> reached = new LinkedHashMap<>();
        for (SalesOrderLine line : live) {
            SalesOrderLine vendorLine = vendorLineOf.get(line);
            if (vendorLine == null) {
                line.close(LineState.CANCELLED, reason, note, now);
            } else {
                vendorLine.close(LineState.CANCELLED, reason, note, now);
                releases.add(vendorOrderOf.get(line).getAccountId(), vendorLine);
                reached.computeIfAbsent(vendorOrderOf.get(line), k -> new ArrayList<>())
                        .add(vendorLine);
            }
        }
        order.cancelled(by, reason, note, now);
        List<Told> told = new ArrayList<>();
        told.add(new Told(
                accountId,
                "Order " + order.getNumber() + ": lines " + numbers(live.stream()) + " cancelled (" + why(reason, note)
                        + ")."));
        reached.forEach((vendorOrder, lines) -> {
            vendorOrder.cancelled(by, reason, note, now);
            OrderLocks.settle(vendorOrder, order, now);
            told.add(new Told(
                    vendorOrder.getAccountId(),
                    "Dropship order " + vendorOrder.getNumber() + ": distributor " + by + " cancelled lines "
                            + numbers(lines.stream()) + " (" + why(reason, note) + ")."));
        });
        order.changeStatus(OrderStatuses.after(order), now);
        releases.giveBack(now);
        fireCancelled(order, live, by, reason, note, now);
        reached.forEach((vendorOrder, lines) -> fireCancelled(vendorOrder, lines, by, reason, note, now));
        return told;
    }

    private void fireCancelled(
            SalesOrder order, List<SalesOrderLine> lines, String by, LineReason reason, String note, Instant now) {
        if (lines.isEmpty()) {
            return;
        }
        orderCancelled.fire(new OrderCancelled(
                order.getAccountId(),
                order.getId(),
                order.getNumber(),
                order.getChannel(),
                numbers(lines.stream()),
                by,
                reason,
                note,
                order.getStatus(),
                now));
    }

    /** The lines named (each must exist: 422 naming {@code lines[i]}), or every line when none is named. */
    private static List<SalesOrderLine> named(SalesOrder order, List<Integer> lineNos) {
        if (lineNos.isEmpty()) {
            return order.getLines();
        }
        List<FieldError> unknown = new ArrayList<>();
        List<SalesOrderLine> lines = new ArrayList<>();
        for (int i = 0; i < lineNos.size(); i++) {
            int no = lineNos.get(i);
            final int at = i;
            order.line(no)
                    .ifPresentOrElse(
                            l -> {
                                if (!lines.contains(l)) {
                                    lines.add(l);
                                }
                            },
                            () -> unknown.add(new FieldError(
                                    "lines[" + at + "]", "order " + order.getNumber() + " has no line " + no)));
        }
        if (!unknown.isEmpty()) {
            throw new BadInputException(unknown);
        }
        return lines;
    }

    private String publicId(long accountId) {
        return accounts.get(accountId).publicId();
    }

    private static List<Integer> numbers(java.util.stream.Stream<SalesOrderLine> lines) {
        return lines.map(SalesOrderLine::getLineNo).sorted().toList();
    }

    private static List<String> skus(List<SalesOrderLine> lines) {
        return lines.stream().map(SalesOrderLine::getSku).toList();
    }

    private static String why(LineReason reason, String note) {
        return note == null ? reason.name() : reason + ": " + note;
    }
}
