package io.gemlink.tracking.boundary;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.platform.outbound.AddressNotAllowedException;
import io.gemlink.platform.outbound.AddressRules;
import io.gemlink.tracking.api.TrackingWebhookView;
import io.gemlink.tracking.api.WebhookDeliveryView;
import io.gemlink.tracking.api.WebhookEvents;
import io.gemlink.tracking.api.WebhookView;
import io.gemlink.tracking.control.WebhookRules;
import io.gemlink.tracking.entity.TrackingWebhook;
import io.gemlink.tracking.entity.WebhookAttempt;
import io.gemlink.tracking.entity.WebhookDelivery;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An account's outbound webhook (URL, signing secret, the events it subscribes to) and the log of its deliveries.
 * One webhook per account, seen through two routes: {@code /settings/webhook} with its events, and the older
 * {@code /settings/tracking-webhook}, which is the same webhook while it subscribes to {@code shipment.added}
 * (setting it there subscribes {@code shipment.added} and leaves the other events alone; removing it there
 * unsubscribes {@code shipment.added} and removes the webhook only when nothing else is subscribed). A URL whose
 * host resolves to an address that is not allowed (docs/outbound.md) is refused: 422 naming {@code url}.
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

    /** The tracking webhook: the account's webhook while it subscribes to {@code shipment.added}. */
    public Optional<TrackingWebhookView> find(long accountId) {
        return Optional.ofNullable(em.find(TrackingWebhook.class, accountId))
                .filter(w -> w.subscribes(WebhookEvents.SHIPMENT_ADDED))
                .map(TrackingWebhookService::view);
    }

    public TrackingWebhookView get(long accountId) {
        return find(accountId).orElseThrow(() -> new NotFoundException("tracking webhook"));
    }

    /**
     * Sets the URL and, when given, a new secret (required the first time), and subscribes {@code shipment.added};
     * the other subscribed events stay.
     */
    public TrackingWebhookView set(long accountId, String url, String secret) {
        TrackingWebhook webhook = em.find(TrackingWebhook.class, accountId);
        WebhookRules.check(url, secret, webhook != null);
        Set<String> events = new HashSet<>(webhook == null ? List.of() : webhook.getEvents());
        events.add(WebhookEvents.SHIPMENT_ADDED);
        return view(store(accountId, webhook, url, secret, ordered(events)));
    }

    /** Unsubscribes {@code shipment.added}; the webhook goes when no event is left. */
    public void remove(long accountId) {
        TrackingWebhook webhook = em.find(TrackingWebhook.class, accountId);
        if (webhook == null) {
            return;
        }
        List<String> left = webhook.getEvents().stream()
                .filter(e -> !e.equals(WebhookEvents.SHIPMENT_ADDED))
                .toList();
        if (left.isEmpty()) {
            em.remove(webhook);
        } else {
            webhook.change(webhook.getUrl(), webhook.getSecret(), left, Instant.now());
        }
    }

    public Optional<WebhookView> findWebhook(long accountId) {
        return Optional.ofNullable(em.find(TrackingWebhook.class, accountId)).map(TrackingWebhookService::eventsView);
    }

    public WebhookView getWebhook(long accountId) {
        return findWebhook(accountId).orElseThrow(() -> new NotFoundException("webhook"));
    }

    /** Sets the URL, the secret when given (required the first time) and exactly these events. */
    public WebhookView setWebhook(long accountId, String url, String secret, List<String> events) {
        TrackingWebhook webhook = em.find(TrackingWebhook.class, accountId);
        List<String> checked = WebhookRules.check(url, secret, webhook != null, events);
        return eventsView(store(accountId, webhook, url, secret, checked));
    }

    /** Stops new notices of every event; those still owed are given up at their next attempt. */
    public void removeWebhook(long accountId) {
        TrackingWebhook webhook = em.find(TrackingWebhook.class, accountId);
        if (webhook != null) {
            em.remove(webhook);
        }
    }

    private TrackingWebhook store(
            long accountId, TrackingWebhook webhook, String url, String secret, List<String> events) {
        try {
            addressRules.checkUrl(url.strip()); // checked again at every delivery: DNS answers change
        } catch (AddressNotAllowedException e) {
            throw new BadInputException("url", e.getMessage());
        }
        Instant now = Instant.now();
        String keptSecret = secret == null || secret.isEmpty() ? webhook.getSecret() : secret;
        if (webhook == null) {
            webhook = new TrackingWebhook(accountId, url.strip(), keptSecret, events, now);
            em.persist(webhook);
        } else {
            webhook.change(url.strip(), keptSecret, events, now);
        }
        return webhook;
    }

    private static List<String> ordered(Set<String> events) {
        return WebhookEvents.ALL.stream().filter(events::contains).toList();
    }

    /** The tracking route's log: the {@code shipment.added} notices only. */
    public Page<WebhookDeliveryView> deliveries(long accountId, PageRequest paging) {
        return deliveries(accountId, WebhookEvents.SHIPMENT_ADDED, paging);
    }

    /** Newest first, each with its attempts; of one event, or of all when {@code event} is null. */
    public Page<WebhookDeliveryView> deliveries(long accountId, String event, PageRequest paging) {
        TypedQuery<WebhookDelivery> page = event == null
                ? em.createNamedQuery(WebhookDelivery.BY_ACCOUNT, WebhookDelivery.class)
                : em.createNamedQuery(WebhookDelivery.BY_ACCOUNT_EVENT, WebhookDelivery.class)
                        .setParameter("event", event);
        TypedQuery<Long> count = event == null
                ? em.createNamedQuery(WebhookDelivery.COUNT_BY_ACCOUNT, Long.class)
                : em.createNamedQuery(WebhookDelivery.COUNT_BY_ACCOUNT_EVENT, Long.class)
                        .setParameter("event", event);
        List<WebhookDelivery> deliveries = page.setParameter("accountId", accountId)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
        long total = count.setParameter("accountId", accountId).getSingleResult();
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
                        d.getEvent(),
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

    private static WebhookView eventsView(TrackingWebhook w) {
        return new WebhookView(w.getUrl(), w.getSecret() != null, w.getEvents(), w.getUpdatedAt());
    }
}
