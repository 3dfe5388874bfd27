package io.gemlink.orders.boundary;

import io.gemlink.orders.api.OrderHooks;
import io.gemlink.orders.api.OrderPlaced;
import io.gemlink.orders.control.OrdersConfig;
import io.gemlink.orders.entity.DropshipPart;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.platform.api.ConflictRetry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Mirrors distributor orders into vendors' dropship orders: at once after the order commits
 * (observer of {@link OrderPlaced}), and by a sweep for whatever a crash or a failure left owed.
 * Each part is mirrored in its own transaction by {@link PartMirror}; a failure of one part
 * neither reaches the distributor's order nor stops the others. The three ways in — the first mirroring,
 * the sweep and a distributor's retry — may meet on one part: its row lock lets one through, the others
 * find it done. A transaction that loses a deadlock or a lock wait meanwhile is run again at once
 * ({@link ConflictRetry}) before it counts as a failed attempt.
 */
@Stateless
public class DropshipMirroring {

    private static final Logger LOG = Logger.getLogger(DropshipMirroring.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    PartMirror mirror;

    @EJB
    MirrorAttempts attempts;

    @Inject
    ConflictRetry retry;

    @Inject
    Instance<OrderHooks> hooks; // none in production

    @Inject
    @ConfigProperties
    OrdersConfig config;

    // AFTER_SUCCESS: never mirror a rolled-back order; the part rows were committed with it
    public void onOrderPlaced(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderPlaced placed) {
        hooks.forEach(h -> h.beforeFirstMirroring(em.find(SalesOrder.class, placed.orderId())));
        // owed at the commit; each mirroring locks its part and finds it PENDING, or done meanwhile by the sweep
        placed.dropshipPartIds().forEach(this::tryMirror);
    }

    /** Finishes the parts still owed a while after their order was placed. */
    public int sweep() {
        Instant now = Instant.now();
        List<Long> owed = em.createNamedQuery(DropshipPart.PENDING_BEFORE, Long.class)
                .setParameter("before", now.minus(Duration.ofSeconds(config.sweepAfterSeconds)))
                .setParameter("now", now)
                .setMaxResults(500)
                .getResultList();
        long finished = owed.stream().filter(this::tryMirror).count();
        if (finished > 0) { // the others were finished meanwhile by the first mirroring or a retry
            LOG.info(() -> "the sweep finished " + finished + " of " + owed.size() + " owed dropship parts");
        }
        return owed.size();
    }

    /** Mirrors again the parts of an order that were skipped, e.g. once the vendor chose a status. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // reopen commits before mirroring starts
    public void retrySkipped(long accountId, long orderId) {
        retry.run(() -> mirror.reopenSkipped(accountId, orderId)).forEach(this::tryMirror);
    }

    /** @return whether this call mirrored (or skipped) the part */
    private boolean tryMirror(long partId) {
        try {
            return retry.run(() -> mirror.mirror(partId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "dropship part " + partId + " stays owed; the sweep retries it after a pause", e);
            try {
                attempts.failed(partId);
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "dropship part " + partId + ": the failed attempt could not be recorded", again);
            }
            return false;
        }
    }
}
