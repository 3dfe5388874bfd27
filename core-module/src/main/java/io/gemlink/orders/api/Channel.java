package io.gemlink.orders.api;

/** Where an order came from. A vendor's copy of a distributor order is {@link #DROPSHIPPING}. */
public enum Channel {
    SHOPIFY,
    AMAZON,
    ETSY,
    EBAY,
    MANUAL,
    API,
    DROPSHIPPING
}
