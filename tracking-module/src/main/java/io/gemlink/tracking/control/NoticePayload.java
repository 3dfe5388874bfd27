package io.gemlink.tracking.control;

import io.gemlink.orders.api.DropshipOrderCreated;
import io.gemlink.orders.api.OrderCancelled;
import io.gemlink.orders.api.OrderLineRejected;
import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.tracking.api.WebhookEvents;
import io.gemlink.tracking.entity.Shipment;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The bodies of the webhook notices (docs/api.md): each {@code {event, account, ...}}. The shipment events:
 * {@code order: {id, number, channel, externalId}, shipment: {id, carrier, trackingNumber, sendDate,
 * extendedField1, trackingUrl, createdAt}} as the shipment is after the event ({@code shipment.voided}: also
 * {@code voidedAt}); {@code dropship_order.created}: {@code order: {id, number, channel,
 * sourceAccountPublicId, sourceOrderNumber, status, lines: [{lineNo, sku, quantity, unitPrice}], createdAt}};
 * {@code order.line_rejected}: {@code order: {id, number, status}, line: {lineNo, sku, quantity, reason, note},
 * rejectedBy, rejectedAt}; {@code order.cancelled}: {@code order: {id, number, channel, status}, lineNos,
 * cancelledBy, reason, note, cancelledAt}.
 */
public final class NoticePayload {

    private NoticePayload() {}

    public static String of(String accountPublicId, ShippableOrder order, Shipment s) {
        return shipment(WebhookEvents.SHIPMENT_ADDED, accountPublicId, order, s);
    }

    public static String shipment(String event, String accountPublicId, ShippableOrder order, Shipment s) {
        JsonObjectBuilder orderJson = Json.createObjectBuilder()
                .add("id", order.id())
                .add("number", order.number())
                .add("channel", order.channel().name());
        nullable(orderJson, "externalId", order.externalId());
        JsonObjectBuilder shipment = Json.createObjectBuilder()
                .add("id", s.getId())
                .add("carrier", s.getCarrier())
                .add("trackingNumber", s.getTrackingNumber())
                .add("sendDate", s.getSendDate().toString());
        nullable(shipment, "extendedField1", s.getExtendedField1());
        nullable(shipment, "trackingUrl", s.getTrackingUrl());
        shipment.add("createdAt", instant(s.getCreatedAt()));
        if (s.isVoided()) {
            shipment.add("voidedAt", instant(s.getVoidedAt()));
        }
        return Json.createObjectBuilder()
                .add("event", event)
                .add("account", accountPublicId)
                .add("order", orderJson)
                .add("shipment", shipment)
                .build()
                .toString();
    }

    public static String of(String accountPublicId, DropshipOrderCreated created) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        created.lines()
                .forEach(l -> lines.add(Json.createObjectBuilder()
                        .add("lineNo", l.lineNo())
                        .add("sku", l.sku())
                        .add("quantity", l.quantity())
                        .add("unitPrice", l.unitPrice())));
        JsonObjectBuilder order = Json.createObjectBuilder()
                .add("id", created.orderId())
                .add("number", created.number())
                .add("channel", created.channel().name());
        nullable(order, "sourceAccountPublicId", created.sourceAccountPublicId());
        nullable(order, "sourceOrderNumber", created.sourceOrderNumber());
        order.add("status", created.status().name()).add("lines", lines).add("createdAt", instant(created.createdAt()));
        return Json.createObjectBuilder()
                .add("event", WebhookEvents.DROPSHIP_ORDER_CREATED)
                .add("account", accountPublicId)
                .add("order", order)
                .build()
                .toString();
    }

    public static String of(String accountPublicId, OrderLineRejected rejected) {
        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("lineNo", rejected.lineNo())
                .add("sku", rejected.sku())
                .add("quantity", rejected.quantity())
                .add("reason", rejected.reason().name());
        nullable(line, "note", rejected.note());
        return Json.createObjectBuilder()
                .add("event", WebhookEvents.ORDER_LINE_REJECTED)
                .add("account", accountPublicId)
                .add(
                        "order",
                        Json.createObjectBuilder()
                                .add("id", rejected.orderId())
                                .add("number", rejected.orderNumber())
                                .add("status", rejected.status().name()))
                .add("line", line)
                .add("rejectedBy", rejected.rejectedBy())
                .add("rejectedAt", instant(rejected.rejectedAt()))
                .build()
                .toString();
    }

    public static String of(String accountPublicId, OrderCancelled cancelled) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        cancelled.lineNos().forEach(lines::add);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("event", WebhookEvents.ORDER_CANCELLED)
                .add("account", accountPublicId)
                .add(
                        "order",
                        Json.createObjectBuilder()
                                .add("id", cancelled.orderId())
                                .add("number", cancelled.orderNumber())
                                .add("channel", cancelled.channel().name())
                                .add("status", cancelled.status().name()))
                .add("lineNos", lines)
                .add("cancelledBy", cancelled.cancelledBy())
                .add("reason", cancelled.reason().name());
        nullable(body, "note", cancelled.note());
        return body.add("cancelledAt", instant(cancelled.cancelledAt())).build().toString();
    }

    /** The event of a test notice sent from the webhook page; never subscribed, never stored as a delivery. */
    public static final String TEST_EVENT = "webhook.test";

    /** A test notice: {@code {event: "webhook.test", account, test: true, sentAt}}. */
    public static String test(String accountPublicId, Instant sentAt) {
        return Json.createObjectBuilder()
                .add("event", TEST_EVENT)
                .add("account", accountPublicId)
                .add("test", true)
                .add("sentAt", instant(sentAt))
                .build()
                .toString();
    }

    private static void nullable(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    private static String instant(Instant i) {
        return DateTimeFormatter.ISO_INSTANT.format(i);
    }
}
