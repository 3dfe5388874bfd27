package io.gemlink.linking.control;

import io.gemlink.linking.api.MissingRule;
import java.time.Instant;
import java.util.Set;

/**
 * What one run needs to know of its source, read once when it starts. {@code changesSince}: null for a
 * run over the whole feed, else the {@code since} of a changes-only run. {@code feedId} and the vendor
 * come from the source's grant (null for an external source), never from the feed.
 */
public record RunPlan(
        long runId,
        long sourceId,
        long accountId,
        String feedUrl,
        String token,
        String etag,
        Pricing pricing,
        MissingRule missing,
        Set<String> keep,
        Integer lastGoodCount,
        Long feedId,
        String vendorPublicId,
        Long vendorAccountId,
        Instant changesSince) {

    /** In-network: read through the grant of {@code feedId}, products linked to the feed's owner. */
    public boolean inNetwork() {
        return feedId != null;
    }

    public boolean changesOnly() {
        return changesSince != null;
    }

    public String skuPrefix() {
        return SkuNaming.prefix(vendorPublicId, sourceId);
    }
}
