package io.gemlink.orders.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.orders.api.LineReason;
import io.gemlink.orders.api.LineState;
import io.gemlink.orders.api.ProposalAnswer;
import io.gemlink.orders.control.LinePairs;
import io.gemlink.orders.control.OrderLocks;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.orders.entity.SalesOrderLine;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A later ship date for a line, each step in a transaction of its own under the locks of {@link OrderLocks}: the
 * vendor proposes it on an OPEN or ACCEPTED line of its dropship order (the distributor's linked line shows it, in
 * the same transaction); the distributor accepts it (the line stays) or refuses it, which is its cancel of that
 * line with reason BACKORDER_TOO_LONG ({@link LifecycleWriter#cancelLocked}, in this transaction).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ProposalWriter {

    @PersistenceContext
    EntityManager em;

    @EJB
    AccountDirectory accounts;

    @EJB
    LifecycleWriter lifecycle;

    /** The vendor proposes {@code shipDate} (checked by the caller) for one line of its dropship order. */
    public List<LifecycleWriter.Told> propose(
            long accountId, long orderId, int lineNo, LocalDate shipDate, String note) {
        SalesOrder vendorOrder = OrderLocks.dropshipOrder(em, accountId, orderId);
        SalesOrder distributorOrder = OrderLocks.source(em, vendorOrder);
        SalesOrderLine line = vendorOrder
                .line(lineNo)
                .orElseThrow(() -> new NotFoundException("line " + lineNo + " of order " + vendorOrder.getNumber()));
        if (!LineState.LIVE.contains(line.getState())) {
            throw new ConflictException(
                    "lineNo",
                    "line " + lineNo + " is " + line.getState() + ": a ship date is proposed for an OPEN or ACCEPTED"
                            + " line");
        }
        Instant now = Instant.now();
        line.propose(shipDate, note, now);
        OrderLocks.settle(vendorOrder, distributorOrder, now);
        String what = "ship date " + shipDate + " proposed for line " + lineNo + " (" + line.getSku() + ")"
                + (note == null ? "" : ": " + note);
        List<LifecycleWriter.Told> told = new ArrayList<>();
        told.add(new LifecycleWriter.Told(accountId, "Dropship order " + vendorOrder.getNumber() + ": " + what + "."));
        if (distributorOrder != null) {
            SalesOrderLine theirs = LinePairs.of(vendorOrder, distributorOrder).get(line);
            told.add(new LifecycleWriter.Told(
                    distributorOrder.getAccountId(),
                    "Order " + distributorOrder.getNumber() + ": vendor " + publicId(accountId) + " proposes to ship"
                            + " line " + theirs.getLineNo() + " (" + theirs.getSku() + ") on " + shipDate
                            + (note == null ? "" : " (" + note + ")") + "; accept or refuse it."));
        }
        return told;
    }

    /** The distributor keeps the line with the later date. */
    public List<LifecycleWriter.Told> accept(long accountId, long orderId, int lineNo) {
        OrderLocks.OwnOrder own = OrderLocks.ownOrder(em, accountId, orderId);
        SalesOrderLine vendorLine = openProposal(own, lineNo);
        SalesOrder vendorOrder =
                own.vendorOrderOf().get(own.order().line(lineNo).orElseThrow());
        vendorLine.answerProposal(ProposalAnswer.ACCEPTED);
        OrderLocks.settle(vendorOrder, own.order(), Instant.now());
        String date = vendorLine.getProposedShipDate().toString();
        return List.of(
                new LifecycleWriter.Told(
                        accountId,
                        "Order " + own.order().getNumber() + ": ship date " + date + " for line " + lineNo
                                + " accepted."),
                new LifecycleWriter.Told(
                        vendorOrder.getAccountId(),
                        "Dropship order " + vendorOrder.getNumber() + ": distributor " + publicId(accountId)
                                + " accepted ship date " + date + " for line " + vendorLine.getLineNo() + " ("
                                + vendorLine.getSku() + ")."));
    }

    /** The distributor refuses: the line is cancelled on both sides, its stock given back, as by its cancel. */
    public List<LifecycleWriter.Told> refuse(long accountId, long orderId, int lineNo) {
        OrderLocks.OwnOrder own = OrderLocks.ownOrder(em, accountId, orderId);
        SalesOrderLine vendorLine = openProposal(own, lineNo);
        vendorLine.answerProposal(ProposalAnswer.REFUSED);
        return lifecycle.cancelLocked(
                accountId,
                own,
                List.of(lineNo),
                LineReason.BACKORDER_TOO_LONG,
                "the proposed ship date " + vendorLine.getProposedShipDate() + " was refused");
    }

    /** The vendor line of this linked line, with a proposal waiting for an answer (else 404 / 409). */
    private static SalesOrderLine openProposal(OrderLocks.OwnOrder own, int lineNo) {
        SalesOrder order = own.order();
        SalesOrderLine line = order.line(lineNo)
                .orElseThrow(() -> new NotFoundException("line " + lineNo + " of order " + order.getNumber()));
        SalesOrderLine vendorLine = own.vendorLineOf().get(line);
        if (vendorLine == null || !vendorLine.proposalOpen()) {
            throw new ConflictException(
                    "lineNo",
                    "line " + lineNo + " of order " + order.getNumber() + " has no proposed ship date waiting for an"
                            + " answer");
        }
        return vendorLine;
    }

    private String publicId(long accountId) {
        return accounts.get(accountId).publicId();
    }
}
