package io.gemlink.tracking.boundary;

import io.gemlink.tracking.entity.TrackingWebhook;
import io.gemlink.tracking.entity.WebhookDelivery;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** The numbers of the admin's dashboards about one account's webhook notices, counted by the database. */
@Stateless
public class WebhookStats {

    @PersistenceContext
    EntityManager em;

    /**
     * The account's notices created from {@code since} on: given up after their last attempt ({@code failed}),
     * still owed after at least one failed attempt ({@code retrying}), and received ({@code delivered}).
     */
    public record Deliveries(boolean webhookSet, long failed, long retrying, long delivered) {}

    public Deliveries deliveries(long accountId, Instant since) {
        Object[] r = em.createQuery(
                        "SELECT SUM(CASE WHEN d.state = :failed THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN d.state = :pending AND d.attempts > 0 THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN d.state = :delivered THEN 1 ELSE 0 END)"
                                + " FROM WebhookDelivery d WHERE d.accountId = :accountId AND d.createdAt >= :since",
                        Object[].class)
                .setParameter("failed", WebhookDelivery.State.FAILED)
                .setParameter("pending", WebhookDelivery.State.PENDING)
                .setParameter("delivered", WebhookDelivery.State.DELIVERED)
                .setParameter("accountId", accountId)
                .setParameter("since", since)
                .getSingleResult();
        boolean set = em.find(TrackingWebhook.class, accountId) != null;
        return new Deliveries(set, count(r[0]), count(r[1]), count(r[2]));
    }

    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue(); // SUM over no rows is NULL
    }
}
