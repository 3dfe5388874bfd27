package io.gemlink.orders.boundary;

import io.gemlink.account.api.ActivityLog;
import io.gemlink.orders.api.DropshipState;
import io.gemlink.orders.control.OrdersConfig;
import io.gemlink.orders.entity.DropshipPart;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.platform.api.Backoff;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Records a failed mirroring in its own transaction (the failed one rolled back): one more attempt, and a
 * pause before the next that doubles each time, so a part that keeps failing waits longer and longer and
 * the sweep serves the others first. After the last attempt the part is SKIPPED with the reason, and the
 * distributor can retry it from the order.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MirrorAttempts {

    static final String GAVE_UP = "mirroring failed %d times; retry it from the order once the cause is fixed";

    @PersistenceContext
    EntityManager em;

    @EJB
    ActivityLog activity;

    @Inject
    @ConfigProperties
    OrdersConfig config;

    public void failed(long partId) {
        DropshipPart part = em.find(DropshipPart.class, partId, LockModeType.PESSIMISTIC_WRITE);
        if (part == null || part.getState() != DropshipState.PENDING) {
            return; // finished by someone else meanwhile
        }
        Instant now = Instant.now();
        Backoff backoff = new Backoff(
                Duration.ofSeconds(config.backoffSeconds),
                Duration.ofMinutes(config.maxBackoffMinutes),
                config.maxAttempts);
        Instant next = backoff.next(part.getAttempts() + 1, now);
        if (next != null) {
            part.failed(next, now);
            return;
        }
        part.failed(null, now);
        String reason = GAVE_UP.formatted(part.getAttempts());
        part.skipped(reason, now);
        SalesOrder order = em.find(SalesOrder.class, part.getOrderId());
        activity.record(
                order.getAccountId(),
                "orders",
                "Order " + order.getNumber() + ": no dropship order for " + part.getVendorPublicId() + " because "
                        + reason + ".");
    }
}
