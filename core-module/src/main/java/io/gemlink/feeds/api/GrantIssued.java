package io.gemlink.feeds.api;

/** Fact: a vendor granted a distributor access to a feed. Observers in other modules observe AFTER_SUCCESS. */
public record GrantIssued(long grantId, long feedId, long vendorAccountId, long distributorAccountId) {}
