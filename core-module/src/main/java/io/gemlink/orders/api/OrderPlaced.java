package io.gemlink.orders.api;

/** Fact: an order entered an account (fired in its transaction; mirroring observes it AFTER_SUCCESS). */
public record OrderPlaced(long accountId, long orderId) {}
