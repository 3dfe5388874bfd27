package io.gemlink.tracking.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.tracking.control.NoticePayload;
import io.gemlink.tracking.control.TrackingConfig;
import io.gemlink.tracking.control.WebhookClient;
import io.gemlink.tracking.entity.TrackingWebhook;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * "Send test" on the webhook page: one {@code webhook.test} notice to the account's webhook, signed with its secret
 * and sent through the same client as real notices (allowed addresses only, no redirects, the same time-outs:
 * docs/outbound.md). Nothing is stored and nothing is retried; the receiver's answer goes back to the page.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // no transaction held open across an HTTP call
public class WebhookTestSender {

    @PersistenceContext
    EntityManager em;

    @EJB
    AccountDirectory accounts;

    @Inject
    @ConfigProperties
    TrackingConfig config;

    private WebhookClient client;

    @PostConstruct
    void init() {
        client = WebhookClient.fromConfig(config);
    }

    /**
     * Sends the test notice to the account's webhook.
     *
     * @throws NotFoundException when the account has no webhook
     */
    public WebhookClient.Answer send(long accountId) {
        TrackingWebhook webhook = em.find(TrackingWebhook.class, accountId);
        if (webhook == null) {
            throw new NotFoundException("webhook");
        }
        String payload = NoticePayload.test(accounts.get(accountId).publicId(), Instant.now());
        return client.test(webhook.getUrl(), NoticePayload.TEST_EVENT, payload, webhook.getSecret());
    }
}
