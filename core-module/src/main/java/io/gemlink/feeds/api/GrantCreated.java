package io.gemlink.feeds.api;

/** A new grant: its secret token (shown this once, only its hash is kept) and the feed URL to fetch. */
public record GrantCreated(long id, String distributorPublicId, String token, String url) {}
