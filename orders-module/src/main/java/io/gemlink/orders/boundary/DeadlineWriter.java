package io.gemlink.orders.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.orders.api.LineState;
import io.gemlink.orders.entity.SalesOrder;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Looks at one dropship order past its deadline, once: under its row lock, and only while still unchecked. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeadlineWriter {

    @PersistenceContext
    EntityManager em;

    @EJB
    AccountDirectory accounts;

    /** @return what to tell whom when it was found overdue; nothing when acknowledged or checked already */
    public List<LifecycleWriter.Told> check(long orderId) {
        // the vendor order's lock, as the vendor's answers take it: an answer and this check never interleave
        SalesOrder order = em.find(SalesOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (order == null
                || order.getDeadlineCheckedAt() != null
                || order.getAcknowledgeBy() == null
                || order.getAcknowledgeBy().isAfter(now)
                || !order.checkDeadline(now)) {
            return List.of(); // checked by another instance meanwhile, or acknowledged in time
        }
        long open = order.getLines().stream()
                .filter(l -> l.getState() == LineState.OPEN)
                .count();
        List<LifecycleWriter.Told> told = new ArrayList<>();
        told.add(new LifecycleWriter.Told(
                order.getAccountId(),
                "Dropship order " + order.getNumber() + ": not acknowledged by " + order.getAcknowledgeBy() + " ("
                        + open + " lines still open); the distributor was told."));
        if (order.getSourceAccountId() != null) {
            told.add(new LifecycleWriter.Told(
                    order.getSourceAccountId(),
                    "Order " + order.getSourceOrderNumber() + ": vendor "
                            + accounts.get(order.getAccountId()).publicId()
                            + " has not acknowledged its dropship order " + order.getNumber() + " by "
                            + order.getAcknowledgeBy() + " (" + open + " lines still open); you may cancel them now."));
        }
        return told;
    }
}
