package io.gemlink.tracking.api;

import java.time.Instant;
import java.util.List;

/**
 * One notice to the account's webhook, of {@code event} ({@code shipmentId} set for the shipment events):
 * {@code state} PENDING (owed, retried with backoff), DELIVERED or FAILED (attempts exhausted), with every attempt.
 */
public record WebhookDeliveryView(
        long id,
        String event,
        Long shipmentId,
        String orderNumber,
        String url,
        String state,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt,
        List<Attempt> log) {

    /** One try: when, the receiver's HTTP status (null if none came back), the error, how long it took. */
    public record Attempt(int attempt, Instant at, Integer statusCode, String error, long durationMs) {}
}
