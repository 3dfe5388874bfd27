package io.gemlink.tracking.boundary;

import io.gemlink.platform.api.Backoff;
import io.gemlink.tracking.control.TrackingConfig;
import io.gemlink.tracking.control.WebhookClient;
import io.gemlink.tracking.entity.TrackingWebhook;
import io.gemlink.tracking.entity.WebhookAttempt;
import io.gemlink.tracking.entity.WebhookDelivery;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The bookkeeping around one delivery attempt, each step in a short transaction of its own: claim
 * a due notice (so that the after-commit send and the timer never post it twice at once), then
 * record the attempt and what comes next (delivered, retry at a backed-off time, or given up).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperties
    TrackingConfig config;

    /** What a sender needs for one attempt. */
    public record Claim(long deliveryId, String url, String event, String payload, String secret) {}

    public Optional<Claim> claim(long deliveryId) {
        WebhookDelivery d = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (d == null
                || d.getState() != WebhookDelivery.State.PENDING
                || d.getNextAttemptAt().isAfter(now)
                || d.getClaimedUntil() != null && d.getClaimedUntil().isAfter(now)) {
            return Optional.empty();
        }
        TrackingWebhook webhook = em.find(TrackingWebhook.class, d.getAccountId());
        if (webhook == null) {
            em.persist(new WebhookAttempt(deliveryId, d.getAttempts() + 1, now, null, "the webhook was removed", 0));
            d.failed(null, "the webhook was removed", null);
            return Optional.empty();
        }
        // longer than one request can take: a sender that died mid-attempt frees it for the timer
        d.claim(now.plusSeconds(config.webhookRequestTimeoutSeconds * 3 + 30));
        return Optional.of(new Claim(deliveryId, d.getUrl(), d.getEvent(), d.getPayload(), webhook.getSecret()));
    }

    public void record(long deliveryId, WebhookClient.Result result) {
        WebhookDelivery d = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        em.persist(new WebhookAttempt(
                deliveryId, d.getAttempts() + 1, now, result.status(), result.error(), result.durationMs()));
        if (result.delivered()) {
            d.delivered(result.status(), now);
        } else {
            Backoff backoff = new Backoff(
                    Duration.ofSeconds(config.webhookBackoffSeconds),
                    Duration.ofMinutes(config.webhookMaxBackoffMinutes),
                    config.webhookMaxAttempts);
            d.failed(result.status(), result.error(), backoff.next(d.getAttempts() + 1, now));
        }
    }
}
