package io.gemlink.tracking.api;

import java.time.Instant;

/** An account's outbound tracking webhook; the secret is never shown again, only whether one is set. */
public record TrackingWebhookView(String url, boolean secretSet, Instant updatedAt) {}
