package io.gemlink.account.api;

import io.gemlink.orders.api.OrderStatus;

/**
 * Fact: an account switched its dropshipping module or chose another vendor order status.
 * Observers that act on it in another module observe {@code AFTER_SUCCESS}.
 */
public record DropshippingSettingsChanged(long accountId, boolean enabled, OrderStatus vendorOrderStatus) {}
