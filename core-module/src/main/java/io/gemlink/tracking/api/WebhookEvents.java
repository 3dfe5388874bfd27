package io.gemlink.tracking.api;

import java.util.List;

/**
 * The names of the events an account's outbound webhook can subscribe to (docs/api.md, "Webhooks (outbound)"),
 * as they appear in {@code events}, in {@code X-Gemlink-Event} and in each body's {@code event}.
 */
public final class WebhookEvents {

    public static final String DROPSHIP_ORDER_CREATED = "dropship_order.created";
    public static final String ORDER_LINE_REJECTED = "order.line_rejected";
    public static final String ORDER_CANCELLED = "order.cancelled";
    public static final String SHIPMENT_ADDED = "shipment.added";
    public static final String SHIPMENT_UPDATED = "shipment.updated";
    public static final String SHIPMENT_VOIDED = "shipment.voided";

    /** Every name, in the order the API lists them. */
    public static final List<String> ALL = List.of(
            DROPSHIP_ORDER_CREATED,
            ORDER_LINE_REJECTED,
            ORDER_CANCELLED,
            SHIPMENT_ADDED,
            SHIPMENT_UPDATED,
            SHIPMENT_VOIDED);

    private WebhookEvents() {}
}
