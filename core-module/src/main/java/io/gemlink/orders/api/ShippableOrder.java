package io.gemlink.orders.api;

import java.time.Instant;

/**
 * What tracking-module knows of an order it adds a shipment to: who owns it, its number and channel, its
 * status and when it was placed, and (a vendor's dropship order) the distributor's order it mirrors.
 */
public record ShippableOrder(
        long id,
        long accountId,
        String number,
        Channel channel,
        String externalId,
        OrderStatus status,
        Instant createdAt,
        Long sourceOrderId) {}
