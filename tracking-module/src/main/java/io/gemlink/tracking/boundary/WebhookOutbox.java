package io.gemlink.tracking.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.orders.api.DropshipOrderCreated;
import io.gemlink.orders.api.OrderCancelled;
import io.gemlink.orders.api.OrderLineRejected;
import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.tracking.api.ShipmentAdded;
import io.gemlink.tracking.api.ShipmentUpdated;
import io.gemlink.tracking.api.ShipmentVoided;
import io.gemlink.tracking.api.ShipmentsAdded;
import io.gemlink.tracking.api.WebhookEvents;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The outbound webhook notices, one per occurrence of an event an account's webhook subscribes to: a shipment
 * added (a vendor's own and a distributor's copy alike), a dropship order mirrored to a vendor, a line rejected, an
 * order cancelled, a shipment updated or voided. In the transaction of what they announce, the notice rows are
 * written (the outbox: they commit with it or not at all); after the commit they are handed to
 * {@link WebhookSender}, and a timer retries what that could not deliver. Sending never blocks, fails or rolls back
 * the change it announces.
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
                .filter(w -> w.subscribes(WebhookEvents.SHIPMENT_ADDED))
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
                    WebhookEvents.SHIPMENT_ADDED,
                    String.valueOf(shipment.getId()),
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
                .setParameter("event", WebhookEvents.SHIPMENT_ADDED)
                .setParameter(
                        "shipmentIds",
                        added.shipments().stream()
                                .map(ShipmentAdded::shipmentId)
                                .toList())
                .getResultStream()
                .forEach(sender::deliverLater);
    }

    public void onDropshipOrderCreated(@Observes DropshipOrderCreated created) {
        owe(
                created.accountId(),
                WebhookEvents.DROPSHIP_ORDER_CREATED,
                String.valueOf(created.orderId()),
                null,
                created.number(),
                account -> NoticePayload.of(account, created));
    }

    public void afterDropshipOrderCreated(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) DropshipOrderCreated created) {
        sendOwed(created.accountId(), WebhookEvents.DROPSHIP_ORDER_CREATED, String.valueOf(created.orderId()));
    }

    public void onOrderLineRejected(@Observes OrderLineRejected rejected) {
        owe(
                rejected.accountId(),
                WebhookEvents.ORDER_LINE_REJECTED,
                rejected.orderId() + ":" + rejected.lineNo(),
                null,
                rejected.orderNumber(),
                account -> NoticePayload.of(account, rejected));
    }

    public void afterOrderLineRejected(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderLineRejected rejected) {
        sendOwed(rejected.accountId(), WebhookEvents.ORDER_LINE_REJECTED, rejected.orderId() + ":" + rejected.lineNo());
    }

    public void onOrderCancelled(@Observes OrderCancelled cancelled) {
        owe(
                cancelled.accountId(),
                WebhookEvents.ORDER_CANCELLED,
                cancellation(cancelled),
                null,
                cancelled.orderNumber(),
                account -> NoticePayload.of(account, cancelled));
    }

    public void afterOrderCancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderCancelled cancelled) {
        sendOwed(cancelled.accountId(), WebhookEvents.ORDER_CANCELLED, cancellation(cancelled));
    }

    /**
     * An order's lines are cancelled each once, so the first line a cancel closed tells it from the order's other
     * cancels (and stays short however many lines it closed).
     */
    private static String cancellation(OrderCancelled cancelled) {
        return cancelled.orderId() + ":" + Collections.min(cancelled.lineNos());
    }

    public void onShipmentUpdated(@Observes ShipmentUpdated updated) {
        oweShipment(
                updated.accountId(),
                WebhookEvents.SHIPMENT_UPDATED,
                updated.orderId(),
                updated.shipmentId(),
                correction(updated));
    }

    public void afterShipmentUpdated(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShipmentUpdated updated) {
        sendOwed(updated.accountId(), WebhookEvents.SHIPMENT_UPDATED, correction(updated));
    }

    /**
     * Corrections of one shipment take turns under its order's lock, each after the one before committed, so the
     * microsecond of each tells them apart (a millisecond would not: two quick corrections clashed on the notices'
     * unique key).
     */
    private static String correction(ShipmentUpdated updated) {
        Instant at = updated.updatedAt();
        return updated.shipmentId() + ":" + at.getEpochSecond() + "." + String.format("%06d", at.getNano() / 1_000);
    }

    public void onShipmentVoided(@Observes ShipmentVoided voided) {
        oweShipment(
                voided.accountId(),
                WebhookEvents.SHIPMENT_VOIDED,
                voided.orderId(),
                voided.shipmentId(),
                String.valueOf(voided.shipmentId()));
    }

    public void afterShipmentVoided(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShipmentVoided voided) {
        sendOwed(voided.accountId(), WebhookEvents.SHIPMENT_VOIDED, String.valueOf(voided.shipmentId()));
    }

    private void oweShipment(long accountId, String event, long orderId, long shipmentId, String occurrence) {
        TrackingWebhook webhook = em.find(TrackingWebhook.class, accountId);
        if (webhook == null || !webhook.subscribes(event)) {
            return;
        }
        ShippableOrder order = orders.findAll(List.of(orderId)).get(orderId);
        Shipment shipment = em.find(Shipment.class, shipmentId);
        owe(
                accountId,
                event,
                occurrence,
                shipmentId,
                order.number(),
                account -> NoticePayload.shipment(event, account, order, shipment));
    }

    /** Writes the notice when the account's webhook subscribes to the event, in the caller's transaction. */
    private void owe(
            long accountId,
            String event,
            String occurrence,
            Long shipmentId,
            String orderNumber,
            Function<String, String> payload) {
        TrackingWebhook webhook = em.find(TrackingWebhook.class, accountId);
        if (webhook == null || !webhook.subscribes(event)) {
            return;
        }
        String body = payload.apply(accounts.get(accountId).publicId());
        try {
            TrackingInserts.deliveries(
                    em.unwrap(Connection.class),
                    List.of(new WebhookDelivery(
                            accountId,
                            event,
                            occurrence,
                            shipmentId,
                            orderNumber,
                            webhook.getUrl(),
                            body,
                            Instant.now())));
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a " + event + " notice: " + e.getMessage(), e);
        }
    }

    // AFTER_SUCCESS: never announce what was rolled back; the timer sends it if this does not
    private void sendOwed(long accountId, String event, String occurrence) {
        em.createNamedQuery(WebhookDelivery.BY_OCCURRENCE, Long.class)
                .setParameter("accountId", accountId)
                .setParameter("event", event)
                .setParameter("occurrence", occurrence)
                .getResultStream()
                .forEach(sender::deliverLater);
    }
}
