package io.gemlink.feeds.api;

/** Fact: a vendor revoked a distributor's grant to a feed. Observers in other modules observe AFTER_SUCCESS. */
public record GrantRevoked(long grantId, long feedId, long vendorAccountId, long distributorAccountId) {}
