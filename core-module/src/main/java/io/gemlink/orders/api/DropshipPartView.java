package io.gemlink.orders.api;

/**
 * A distributor order's part for one vendor: the vendor's order number and status once mirrored,
 * or why it was not created.
 */
public record DropshipPartView(String vendorPublicId, String vendorOrderNumber, String status, String skippedReason) {
}
