package io.gemlink.orders.api;

/** Fact: a vendor's dropship order was created from a distributor order. */
public record DropshipOrderCreated(long vendorAccountId, long vendorOrderId, long distributorAccountId,
                                   long distributorOrderId) {
}
