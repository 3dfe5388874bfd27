/**
 * Orders' published types: the order request and views, channels and statuses, the events
 * {@link io.gemlink.orders.api.OrderPlaced} and {@link io.gemlink.orders.api.DropshipOrderCreated}, and the
 * doors other modules use: {@link io.gemlink.orders.api.PartnerOrders} and
 * {@link io.gemlink.orders.api.ShippableOrders} (tracking finds, locks and ships orders through it).
 */
package io.gemlink.orders.api;
