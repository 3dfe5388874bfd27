package io.gemlink.tracking.control;

import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.tracking.entity.Shipment;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The body of a tracking notice: {@code {event, sentFor, order: {id, number, channel, externalId},
 * shipment: {id, carrier, trackingNumber, sendDate, extendedField1, trackingUrl, createdAt}}}.
 */
public final class NoticePayload {

    private NoticePayload() {}

    public static String of(String accountPublicId, ShippableOrder order, Shipment s) {
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
        return Json.createObjectBuilder()
                .add("event", "shipment.added")
                .add("account", accountPublicId)
                .add("order", orderJson)
                .add("shipment", shipment)
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
