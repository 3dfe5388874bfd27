package io.gemlink.orders.boundary;

import io.gemlink.platform.entity.SealedText;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * At start-up, seals the Shopify webhook secrets still stored as V10 left them (plain), so that
 * the column holds no plain secret; without a secrets key the module does not start.
 */
@Singleton
@Startup
public class ChannelSecretSealer {

    private static final Logger LOG = Logger.getLogger(ChannelSecretSealer.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void sealPlainValues() {
        int sealed = SealedText.sealLegacy(em, "channel_settings", "account_id", "shopify_webhook_secret");
        if (sealed > 0) {
            LOG.info(() -> "Sealed " + sealed + " plain value(s) of channel_settings.shopify_webhook_secret");
        }
    }
}
