package io.gemlink.orders.api;

import java.util.EnumSet;
import java.util.Set;

/** The statuses an order can be in, on either side of a dropship relationship. */
public enum OrderStatus {
    NEW,
    PROCESSING,
    AWAITING_SHIPMENT,
    ON_HOLD,
    BACKORDERED,
    PARTIALLY_SHIPPED,
    SHIPPED,
    /** Every line of the order is rejected or cancelled, at least one rejected by its vendor. */
    REJECTED,
    /** Some lines were rejected by their vendor, the others are still to be shipped. */
    PARTIALLY_REJECTED,
    /** Every line of the order is cancelled (or, on a vendor's dropship order, cancelled or rejected). */
    CANCELLED;

    /** What a vendor may choose, in its dropshipping settings, for the dropship orders it receives. */
    public static final Set<OrderStatus> VENDOR_CHOICES = EnumSet.of(NEW, PROCESSING, AWAITING_SHIPMENT, ON_HOLD);
}
