package io.gemlink.tracking.boundary;

import io.gemlink.tracking.entity.TrackingWebhook;
import io.gemlink.tracking.entity.WebhookDelivery;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

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
        // counted by state, not by SUM(CASE WHEN … THEN 1 ELSE 0): EclipseLink binds the 1 and the 0, and H2 (the
        // demo's database) refuses to SUM parameters of unknown type
        Map<WebhookDelivery.State, Long> byState = new EnumMap<>(WebhookDelivery.State.class);
        em.createQuery(
                        "SELECT d.state, COUNT(d) FROM WebhookDelivery d"
                                + " WHERE d.accountId = :accountId AND d.createdAt >= :since GROUP BY d.state",
                        Object[].class)
                .setParameter("accountId", accountId)
                .setParameter("since", since)
                .getResultList()
                .forEach(r -> byState.put((WebhookDelivery.State) r[0], ((Number) r[1]).longValue()));
        long retrying = byState.getOrDefault(WebhookDelivery.State.PENDING, 0L) == 0
                ? 0
                : em.createQuery(
                                "SELECT COUNT(d) FROM WebhookDelivery d WHERE d.accountId = :accountId"
                                        + " AND d.createdAt >= :since AND d.state = :pending AND d.attempts > 0",
                                Long.class)
                        .setParameter("accountId", accountId)
                        .setParameter("since", since)
                        .setParameter("pending", WebhookDelivery.State.PENDING)
                        .getSingleResult();
        boolean set = em.find(TrackingWebhook.class, accountId) != null;
        return new Deliveries(
                set,
                byState.getOrDefault(WebhookDelivery.State.FAILED, 0L),
                retrying,
                byState.getOrDefault(WebhookDelivery.State.DELIVERED, 0L));
    }
}
