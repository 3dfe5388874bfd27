package io.gemlink.account.api;

import io.gemlink.orders.api.OrderStatus;

/**
 * The dropshipping switch, the vendor order status (null: the vendor chose none) and how many hours a dropship
 * order may stay unacknowledged (null: no deadline).
 */
public record DropshippingSettingsView(boolean enabled, OrderStatus vendorOrderStatus, Integer acknowledgeWithinHours) {

    public static final int MAX_ACKNOWLEDGE_HOURS = 720;

    /** The longest name an account may give its shipments' "Extended field 1" (characters, trimmed). */
    public static final int MAX_EXTENDED_FIELD_NAME = 40;

    /** Without a deadline. */
    public DropshippingSettingsView(boolean enabled, OrderStatus vendorOrderStatus) {
        this(enabled, vendorOrderStatus, null);
    }
}
