package io.gemlink.orders.boundary;

import io.gemlink.account.api.ActivityLog;
import io.gemlink.orders.api.CancelRequest;
import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.LineRejection;
import io.gemlink.orders.api.OrderView;
import io.gemlink.orders.api.ShipDateProposal;
import io.gemlink.orders.control.LineRules;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictRetry;
import io.gemlink.platform.api.Constraints;
import io.gemlink.platform.api.FieldError;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What partners do to an order after it was placed (issue #17): a vendor accepts or rejects each line of a
 * dropship order, either side cancels, a vendor proposes a later ship date for a line and the distributor accepts
 * or refuses it ({@link ProposalWriter}). Checks the request, runs the transition in its own transaction
 * ({@link LifecycleWriter}), again when it lost a deadlock or a lock wait ({@link ConflictRetry}), writes the
 * activity logs of both sides once it committed, and answers the order as it is now.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each attempt is a transaction of its own
public class OrderLifecycle {

    @EJB
    LifecycleWriter writer;

    @EJB
    ProposalWriter proposals;

    @EJB
    OrderQueries queries;

    @EJB
    ActivityLog activity;

    @Inject
    ConflictRetry retry;

    public OrderView accept(long accountId, long orderId, int lineNo) {
        return run(accountId, orderId, () -> writer.answer(accountId, orderId, lineNo, null, null));
    }

    public OrderView reject(long accountId, long orderId, int lineNo, LineRejection rejection) {
        if (rejection == null) {
            throw new BadInputException("body", "a reason is required");
        }
        String note = LineRules.check(rejection, rejection.reason(), rejection.note(), true);
        return run(accountId, orderId, () -> writer.answer(accountId, orderId, lineNo, rejection.reason(), note));
    }

    /** By the vendor on its dropship order (the lines are rejected), else by the owner on its order. */
    public OrderView cancel(long accountId, long orderId, CancelRequest request) {
        if (request == null) {
            throw new BadInputException("body", "a reason is required");
        }
        // an order's channel never changes: read before the transition's transaction, which starts with its locks
        boolean byVendor = queries.get(accountId, orderId).channel() == Channel.DROPSHIPPING;
        String note = LineRules.check(request, request.reason(), request.note(), byVendor);
        List<Integer> lines = request.lines() == null ? List.of() : request.lines();
        return run(
                accountId,
                orderId,
                () -> byVendor
                        ? writer.cancelAsVendor(accountId, orderId, lines, request.reason(), note)
                        : writer.cancelAsOwner(accountId, orderId, lines, request.reason(), note));
    }

    /** The vendor proposes a later ship date for a line of its dropship order. */
    public OrderView proposeShipDate(long accountId, long orderId, int lineNo, ShipDateProposal proposal) {
        if (proposal == null) {
            throw new BadInputException("body", "a shipDate is required");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = null;
        if (proposal.shipDate() != null) {
            try {
                date = LocalDate.parse(proposal.shipDate().strip());
                if (!date.isAfter(LocalDate.now(ZoneOffset.UTC))) {
                    errors.add(new FieldError(
                            "shipDate", "must be after today (" + LocalDate.now(ZoneOffset.UTC) + ", UTC)"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("shipDate", "must be a date as YYYY-MM-DD"));
            }
        }
        Constraints.check(proposal, errors); // and the record's: shipDate required, the note's length
        String note = proposal.note() == null || proposal.note().isBlank()
                ? null
                : proposal.note().strip();
        LocalDate shipDate = date;
        return run(accountId, orderId, () -> proposals.propose(accountId, orderId, lineNo, shipDate, note));
    }

    /** The distributor keeps the line with the proposed date. */
    public OrderView acceptShipDate(long accountId, long orderId, int lineNo) {
        return run(accountId, orderId, () -> proposals.accept(accountId, orderId, lineNo));
    }

    /** The distributor refuses the proposed date: its cancel of the line, reason BACKORDER_TOO_LONG. */
    public OrderView refuseShipDate(long accountId, long orderId, int lineNo) {
        return run(accountId, orderId, () -> proposals.refuse(accountId, orderId, lineNo));
    }

    private OrderView run(long accountId, long orderId, Supplier<List<LifecycleWriter.Told>> transition) {
        List<LifecycleWriter.Told> told = retry.run(transition);
        told.forEach(t -> activity.record(t.accountId(), "orders", t.message()));
        return queries.get(accountId, orderId);
    }
}
