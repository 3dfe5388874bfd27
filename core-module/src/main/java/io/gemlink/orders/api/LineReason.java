package io.gemlink.orders.api;

/**
 * Why a line was rejected or cancelled. A vendor rejects (or cancels its dropship order) for any reason but
 * {@link #CUSTOMER_REQUEST}, which only the order's owner gives when it cancels. {@link #OTHER} needs a note.
 */
public enum LineReason {
    OUT_OF_STOCK,
    DISCONTINUED,
    PRICE_CHANGED,
    CANNOT_SHIP_TO_ADDRESS,
    BACKORDER_TOO_LONG,
    CUSTOMER_REQUEST,
    OTHER;

    /** Whether a vendor may give it for the lines of a dropship order. */
    public boolean forVendor() {
        return this != CUSTOMER_REQUEST;
    }
}
