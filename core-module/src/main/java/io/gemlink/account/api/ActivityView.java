package io.gemlink.account.api;

import java.time.Instant;

/** One entry of an account's activity log. */
public record ActivityView(long id, Instant occurredAt, String source, String message) {}
