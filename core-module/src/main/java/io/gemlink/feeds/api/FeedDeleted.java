package io.gemlink.feeds.api;

/** Fact: a vendor deleted a feed, and with it every grant to it. Observers observe AFTER_SUCCESS. */
public record FeedDeleted(long feedId, long vendorAccountId) {}
