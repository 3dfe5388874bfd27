package io.gemlink.feeds.api;

import java.time.Instant;

/** A feed as its vendor sees it. */
public record FeedView(
        long id,
        String name,
        String format,
        java.util.List<String> fields,
        FeedFilter filter,
        FeedPricingRule pricing,
        Instant createdAt,
        Instant updatedAt) {}
