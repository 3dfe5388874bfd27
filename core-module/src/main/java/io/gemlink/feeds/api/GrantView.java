package io.gemlink.feeds.api;

import java.time.Instant;

/**
 * A distributor's access to a feed, as the vendor sees it: who, since when, whether revoked, and
 * when it last fetched the feed. The token itself is never shown again after creation.
 */
public record GrantView(
        long id,
        long feedId,
        String distributorPublicId,
        String distributorName,
        String tokenPrefix,
        Instant createdAt,
        Instant revokedAt,
        Instant lastFetchedAt,
        long fetchCount) {}
