package io.gemlink.linking.api;

import java.time.Instant;

/**
 * An in-network import source as the partners list sees it.
 *
 * @param endedReason why the link is ended now, or null while it is live
 */
public record SourceLink(
        long sourceId,
        long feedId,
        long vendorAccountId,
        String vendorPublicId,
        String endedReason,
        Instant createdAt) {

    public boolean live() {
        return endedReason == null;
    }
}
