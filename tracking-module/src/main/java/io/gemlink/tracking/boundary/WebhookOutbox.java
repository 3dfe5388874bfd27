package io.gemlink.tracking.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.tracking.api.ShipmentAdded;
import io.gemlink.tracking.api.ShipmentsAdded;
import io.gemlink.tracking.control.NoticePayload;
import io.gemlink.tracking.control.TrackingInserts;
import io.gemlink.tracking.entity.Shipment;
import io.gemlink.tracking.entity.TrackingWebhook;
import io.gemlink.tracking.entity.WebhookDelivery;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbound tracking notices, one per shipment (a vendor's own and a distributor's copy alike) of an account
 * with a webhook. In the shipments' transaction, the notice rows are written in one JDBC batch (the outbox: they
 * commit with the shipments or not at all); after the commit they are handed to {@link WebhookSender}, and a
 * timer retries what that could not deliver. Sending never blocks, fails or rolls back a shipment.
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

    public void onShipmentsAdded(@Observes ShipmentsAdded added) {
        Map<Long, TrackingWebhook> webhooks = new HashMap<>();
        em.createNamedQuery(TrackingWebhook.OF_ACCOUNTS, TrackingWebhook.class)
                .setParameter(
                        "accountIds",
                        added.shipments().stream()
                                .map(ShipmentAdded::accountId)
                                .distinct()
                                .toList())
                .getResultStream()
                .forEach(w -> webhooks.put(w.getAccountId(), w));
        if (webhooks.isEmpty()) {
            return;
        }
        Map<Long, String> publicIds = new HashMap<>();
        List<WebhookDelivery> notices = new ArrayList<>();
        Instant now = Instant.now();
        Map<Long, ShippableOrder> ordersById = orders.findAll(added.shipments().stream()
                .filter(a -> webhooks.containsKey(a.accountId()))
                .map(ShipmentAdded::orderId)
                .toList());
        for (ShipmentAdded a : added.shipments()) {
            TrackingWebhook webhook = webhooks.get(a.accountId());
            if (webhook == null) {
                continue;
            }
            // the orders read in one query above; the shipment is in this transaction's persistence context
            ShippableOrder order = ordersById.get(a.orderId());
            Shipment shipment = em.find(Shipment.class, a.shipmentId());
            String account = publicIds.computeIfAbsent(
                    a.accountId(), id -> accounts.get(id).publicId());
            notices.add(new WebhookDelivery(
                    a.accountId(),
                    shipment.getId(),
                    order.number(),
                    webhook.getUrl(),
                    NoticePayload.of(account, order, shipment),
                    now));
        }
        try {
            TrackingInserts.deliveries(em.unwrap(Connection.class), notices);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store tracking notices: " + e.getMessage(), e);
        }
    }

    // AFTER_SUCCESS: never announce a rolled-back shipment; the timer sends it if this does not
    public void afterShipmentsAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShipmentsAdded added) {
        em.createNamedQuery(WebhookDelivery.BY_SHIPMENTS, Long.class)
                .setParameter(
                        "shipmentIds",
                        added.shipments().stream()
                                .map(ShipmentAdded::shipmentId)
                                .toList())
                .getResultStream()
                .forEach(sender::deliverLater);
    }
}
