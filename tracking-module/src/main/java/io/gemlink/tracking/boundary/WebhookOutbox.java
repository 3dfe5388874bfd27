package io.gemlink.tracking.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.tracking.api.ShipmentAdded;
import io.gemlink.tracking.control.NoticePayload;
import io.gemlink.tracking.entity.Shipment;
import io.gemlink.tracking.entity.TrackingWebhook;
import io.gemlink.tracking.entity.WebhookDelivery;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The outbound tracking notice. In the shipment's transaction, a notice row is written for an
 * account with a webhook (the outbox: it commits with the shipment or not at all); after the
 * commit it is handed to {@link WebhookSender}, and a timer retries what that could not deliver.
 * Sending never blocks, fails or rolls back the shipment.
 */
@Stateless
public class WebhookOutbox {

    @PersistenceContext
    EntityManager em;

    @EJB
    ShippableOrders orders;

    @EJB
    AccountDirectory accounts;

    @EJB
    WebhookSender sender;

    public void onShipmentAdded(@Observes ShipmentAdded added) {
        TrackingWebhook webhook = em.find(TrackingWebhook.class, added.accountId());
        if (webhook == null) {
            return;
        }
        ShippableOrder order = orders.find(added.orderId()).orElseThrow();
        Shipment shipment = em.find(Shipment.class, added.shipmentId());
        String payload = NoticePayload.of(accounts.get(added.accountId()).publicId(), order, shipment);
        em.persist(new WebhookDelivery(
                added.accountId(), shipment.getId(), order.number(), webhook.getUrl(), payload, Instant.now()));
    }

    // AFTER_SUCCESS: never announce a rolled-back shipment; the timer sends it if this does not
    public void afterShipmentAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShipmentAdded added) {
        em.createNamedQuery(WebhookDelivery.BY_SHIPMENT, Long.class)
                .setParameter("shipmentId", added.shipmentId())
                .getResultStream()
                .findFirst()
                .ifPresent(sender::deliverLater);
    }
}
