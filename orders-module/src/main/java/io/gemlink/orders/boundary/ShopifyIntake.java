package io.gemlink.orders.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.account.api.AccountView;
import io.gemlink.orders.api.Channel;
import io.gemlink.orders.control.ShopifyOrderMapper;
import io.gemlink.orders.control.ShopifySignature;
import io.gemlink.orders.entity.WebhookReceipt;
import io.gemlink.platform.api.BadInputException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Optional;

/**
 * Shopify's {@code orders/create} webhook into a distributor account: verifies the HMAC with the
 * account's secret, ignores repeated webhook ids, and takes the order in like any other channel order
 * (so a repeat under a new webhook id is still one order).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShopifyIntake {

    @EJB
    AccountDirectory accounts;

    @EJB
    ChannelSettingsService channels;

    @EJB
    OrderIntake intake;

    @EJB
    ShopifyIntake self;

    @PersistenceContext
    EntityManager em;

    public Outcome receive(String accountPublicId, String hmac, String webhookId, byte[] body) {
        Optional<AccountView> account = accounts.findByPublicId(accountPublicId);
        Optional<String> secret = account.flatMap(a -> channels.shopifySecret(a.id()));
        if (secret.isEmpty() || !ShopifySignature.verify(secret.get(), body, hmac)) {
            // unknown account, no secret set, or a wrong signature: all look the same to the caller
            return Outcome.UNAUTHORIZED;
        }
        long accountId = account.get().id();
        if (webhookId != null && self.seen(accountId, webhookId)) {
            return Outcome.REPEATED;
        }
        OrderIntake.Placed placed = intake.place(accountId, ShopifyOrderMapper.map(parse(body)));
        if (webhookId != null) {
            try {
                self.remember(accountId, webhookId);
            } catch (EJBException concurrentRepeat) {
                // the same delivery arrived twice at once; the order is one order either way
            }
        }
        return placed.created() ? Outcome.CREATED : Outcome.REPEATED;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean seen(long accountId, String webhookId) {
        return !em.createQuery(
                        "SELECT r.id FROM WebhookReceipt r WHERE r.accountId = :a AND r.channel = :c"
                                + " AND r.webhookId = :w",
                        Long.class)
                .setParameter("a", accountId)
                .setParameter("c", Channel.SHOPIFY)
                .setParameter("w", webhookId)
                .getResultList()
                .isEmpty();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remember(long accountId, String webhookId) {
        em.persist(new WebhookReceipt(accountId, Channel.SHOPIFY, webhookId, Instant.now()));
    }

    private static JsonObject parse(byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BadInputException("body", "is not a JSON object");
        }
    }

    /** What became of a delivery. */
    public enum Outcome {
        CREATED,
        REPEATED,
        UNAUTHORIZED
    }
}
