package io.gemlink.feeds.api;

/** A grant that is live now: its feed, and the feed's owner (the vendor the link leads to). */
public record LiveGrant(long grantId, long feedId, String feedName, long vendorAccountId, String vendorPublicId) {}
