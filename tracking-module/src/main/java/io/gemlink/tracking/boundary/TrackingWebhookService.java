package io.gemlink.tracking.boundary;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.platform.outbound.AddressNotAllowedException;
import io.gemlink.platform.outbound.AddressRules;
import io.gemlink.tracking.api.TrackingWebhookView;
import io.gemlink.tracking.api.WebhookDeliveryView;
import io.gemlink.tracking.control.WebhookRules;
import io.gemlink.tracking.entity.TrackingWebhook;
import io.gemlink.tracking.entity.WebhookAttempt;
import io.gemlink.tracking.entity.WebhookDelivery;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An account's outbound tracking webhook (URL and signing secret) and the log of its deliveries. A URL
 * whose host resolves to an address that is not allowed (docs/outbound.md) is refused: 422 naming {@code url}.
 */
@Stateless
public class TrackingWebhookService {

    @PersistenceContext
    EntityManager em;

    private AddressRules addressRules;

    @PostConstruct
    void init() {
        addressRules = AddressRules.fromConfig();
    }

    public Optional<TrackingWebhookView> find(long accountId) {
        return Optional.ofNullable(em.find(TrackingWebhook.class, accountId)).map(TrackingWebhookService::view);
    }

    public TrackingWebhookView get(long accountId) {
        return find(accountId).orElseThrow(() -> new NotFoundException("tracking webhook"));
    }

    /** Sets the URL and, when given, a new secret (required the first time). */
    public TrackingWebhookView set(long accountId, String url, String secret) {
        TrackingWebhook webhook = em.find(TrackingWebhook.class, accountId);
        WebhookRules.check(url, secret, webhook != null);
        try {
            addressRules.checkUrl(url.strip()); // checked again at every delivery: DNS answers change
        } catch (AddressNotAllowedException e) {
            throw new BadInputException("url", e.getMessage());
        }
        Instant now = Instant.now();
        String keptSecret = secret == null || secret.isEmpty() ? webhook.getSecret() : secret;
        if (webhook == null) {
            webhook = new TrackingWebhook(accountId, url.strip(), keptSecret, now);
            em.persist(webhook);
        } else {
            webhook.change(url.strip(), keptSecret, now);
        }
        return view(webhook);
    }

    /** Stops new notices; those still owed are given up at their next attempt. */
    public void remove(long accountId) {
        TrackingWebhook webhook = em.find(TrackingWebhook.class, accountId);
        if (webhook != null) {
            em.remove(webhook);
        }
    }

    /** Newest first, each with its attempts. */
    public Page<WebhookDeliveryView> deliveries(long accountId, PageRequest paging) {
        List<WebhookDelivery> deliveries = em.createNamedQuery(WebhookDelivery.BY_ACCOUNT, WebhookDelivery.class)
                .setParameter("accountId", accountId)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
        long total = em.createNamedQuery(WebhookDelivery.COUNT_BY_ACCOUNT, Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
        Map<Long, List<WebhookDeliveryView.Attempt>> attempts = deliveries.isEmpty()
                ? Map.of()
                : em.createNamedQuery(WebhookAttempt.BY_DELIVERIES, WebhookAttempt.class)
                        .setParameter(
                                "ids",
                                deliveries.stream().map(WebhookDelivery::getId).toList())
                        .getResultStream()
                        .collect(Collectors.groupingBy(
                                WebhookAttempt::getDeliveryId,
                                Collectors.mapping(
                                        a -> new WebhookDeliveryView.Attempt(
                                                a.getAttemptNo(),
                                                a.getAttemptedAt(),
                                                a.getStatusCode(),
                                                a.getError(),
                                                a.getDurationMs()),
                                        Collectors.toList())));
        List<WebhookDeliveryView> items = deliveries.stream()
                .map(d -> new WebhookDeliveryView(
                        d.getId(),
                        d.getShipmentId(),
                        d.getOrderNumber(),
                        d.getUrl(),
                        d.getState().name(),
                        d.getAttempts(),
                        d.getState() == WebhookDelivery.State.PENDING ? d.getNextAttemptAt() : null,
                        d.getCreatedAt(),
                        d.getDeliveredAt(),
                        attempts.getOrDefault(d.getId(), List.of())))
                .toList();
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    private static TrackingWebhookView view(TrackingWebhook w) {
        return new TrackingWebhookView(w.getUrl(), w.getSecret() != null, w.getUpdatedAt());
    }
}
