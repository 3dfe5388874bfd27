package io.gemlink.account.api;

import io.gemlink.orders.api.OrderStatus;

/** The dropshipping switch and the vendor order status (null: the vendor chose none). */
public record DropshippingSettingsView(boolean enabled, OrderStatus vendorOrderStatus) {}
