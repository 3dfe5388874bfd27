package io.gemlink.tracking.boundary;

import io.gemlink.tracking.control.TrackingConfig;
import io.gemlink.tracking.control.WebhookClient;
import io.gemlink.tracking.entity.WebhookDelivery;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Sends webhook notices: one at once after what it announces committed ({@link #deliverLater}), and
 * whatever is due on each timer tick ({@link #deliverDue}). The HTTP call runs outside any
 * transaction; the claim and the outcome are written by {@link WebhookLedger}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // no transaction held open across an HTTP call
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    WebhookLedger ledger;

    @Inject
    @ConfigProperties
    TrackingConfig config;

    private WebhookClient client;

    @PostConstruct
    void init() {
        client = WebhookClient.fromConfig(config);
    }

    @Asynchronous
    public void deliverLater(long deliveryId) {
        deliver(deliveryId);
    }

    /** Sends the notices that are due; answers how many were tried. */
    public int deliverDue() {
        List<Long> due = em.createNamedQuery(WebhookDelivery.DUE, Long.class)
                .setParameter("state", WebhookDelivery.State.PENDING)
                .setParameter("now", Instant.now())
                .setMaxResults(200)
                .getResultList();
        due.forEach(this::deliver);
        return due.size();
    }

    public void deliver(long deliveryId) {
        try {
            ledger.claim(deliveryId)
                    .ifPresent(claim -> ledger.record(
                            deliveryId,
                            client.post(claim.url(), deliveryId, claim.event(), claim.payload(), claim.secret())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "webhook notice " + deliveryId + " stays owed; the timer retries it", e);
        }
    }
}
