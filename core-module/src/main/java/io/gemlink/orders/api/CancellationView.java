package io.gemlink.orders.api;

import java.time.Instant;

/**
 * The last cancellation that reached an order: who made it (the public id of the account that cancelled), why,
 * when.
 */
public record CancellationView(String by, LineReason reason, String note, Instant at) {}
