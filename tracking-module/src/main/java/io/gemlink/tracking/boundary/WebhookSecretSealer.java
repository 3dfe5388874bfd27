package io.gemlink.tracking.boundary;

import io.gemlink.platform.entity.SealedText;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * At start-up, seals the tracking webhook secrets still stored as V10 left them (plain), so that
 * the column holds no plain secret; without a secrets key the module does not start.
 */
@Singleton
@Startup
public class WebhookSecretSealer {

    private static final Logger LOG = Logger.getLogger(WebhookSecretSealer.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void sealPlainValues() {
        int sealed = SealedText.sealLegacy(em, "tracking_webhook", "account_id", "secret");
        if (sealed > 0) {
            LOG.info(() -> "Sealed " + sealed + " plain value(s) of tracking_webhook.secret");
        }
    }
}
