package io.gemlink.orders.boundary;

import io.gemlink.account.api.ActivityLog;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.platform.api.ConflictRetry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A vendor's deadline for acknowledging a dropship order (none of its lines OPEN): once it has passed, each
 * order is looked at once ({@link DeadlineWriter}, in its own transaction under the order's row lock, so that
 * two instances never both decide it); an order with a line still OPEN is marked overdue, and the distributor's
 * and the vendor's activity logs say so after the commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each order is a transaction of its own
public class AcknowledgementDeadlines {

    private static final Logger LOG = Logger.getLogger(AcknowledgementDeadlines.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    DeadlineWriter writer;

    @EJB
    ActivityLog activity;

    @Inject
    ConflictRetry retry;

    /** @return how many orders this call found overdue (the others: acknowledged in time, or done elsewhere) */
    public int checkPassed() {
        List<Long> due = em.createNamedQuery(SalesOrder.DEADLINE_PASSED, Long.class)
                .setParameter("now", Instant.now())
                .setMaxResults(500)
                .getResultList();
        int overdue = 0;
        for (long orderId : due) {
            try {
                List<LifecycleWriter.Told> told = retry.run(() -> writer.check(orderId));
                told.forEach(t -> activity.record(t.accountId(), "orders", t.message()));
                overdue += told.isEmpty() ? 0 : 1;
            } catch (RuntimeException e) { // the next tick tries it again: it is still unchecked
                LOG.log(Level.WARNING, "dropship order " + orderId + ": the deadline check failed", e);
            }
        }
        return overdue;
    }
}
