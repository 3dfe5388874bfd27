package io.gemlink.tracking.api;

import java.time.Instant;
import java.util.List;

/** An account's outbound webhook with the events it subscribes to; the secret is never shown, only whether set. */
public record WebhookView(String url, boolean secretSet, List<String> events, Instant updatedAt) {

    public WebhookView {
        events = List.copyOf(events);
    }
}
