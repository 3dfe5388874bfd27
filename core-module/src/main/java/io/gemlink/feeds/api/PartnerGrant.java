package io.gemlink.feeds.api;

import java.time.Instant;

/** A grant as the partners list needs it: who granted which feed to whom, and whether it is still live. */
public record PartnerGrant(
        long grantId,
        long feedId,
        String feedName,
        long vendorAccountId,
        long distributorAccountId,
        Instant createdAt,
        Instant revokedAt) {

    public boolean live() {
        return revokedAt == null;
    }
}
