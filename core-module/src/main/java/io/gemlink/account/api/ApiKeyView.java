package io.gemlink.account.api;

import java.time.Instant;

/** A partner API key as its account sees it: never the key itself. {@code lastUsedAt} is exact to about a minute. */
public record ApiKeyView(long id, String name, Instant createdAt, Instant lastUsedAt) {}
