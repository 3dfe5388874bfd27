package io.gemlink.orders.boundary;

import io.gemlink.orders.entity.ChannelSettings;
import io.gemlink.platform.api.BadInputException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** An account's channel connections (for now: the Shopify webhook secret). */
@Stateless
public class ChannelSettingsService {

    @PersistenceContext
    EntityManager em;

    public void setShopifySecret(long accountId, String secret) {
        if (secret == null || secret.isBlank()) {
            throw new BadInputException("webhookSecret", "is required");
        }
        if (secret.length() < 16 || secret.length() > 200) {
            throw new BadInputException("webhookSecret", "must be 16 to 200 characters");
        }
        Instant now = Instant.now();
        ChannelSettings settings = em.find(ChannelSettings.class, accountId);
        if (settings == null) {
            settings = new ChannelSettings(accountId, now);
            em.persist(settings);
        }
        settings.setShopifyWebhookSecret(secret, now);
    }

    public Optional<String> shopifySecret(long accountId) {
        return Optional.ofNullable(em.find(ChannelSettings.class, accountId))
                .map(ChannelSettings::getShopifyWebhookSecret);
    }
}
