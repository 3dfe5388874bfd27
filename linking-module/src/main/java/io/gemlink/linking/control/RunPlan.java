package io.gemlink.linking.control;

import io.gemlink.linking.api.MissingRule;

import java.time.Instant;
import java.util.Set;

/**
 * What one run needs to know of its source, read once when it starts. {@code changesSince}: null for a
 * run over the whole feed, else the {@code since} of a changes-only run.
 */
public record RunPlan(long runId, long sourceId, long accountId, String feedUrl, String token, String etag,
                      Pricing pricing, MissingRule missing, Set<String> keep, Integer lastGoodCount,
                      String vendorPublicId, Long vendorAccountId, Instant changesSince) {

    public RunPlan withVendor(String publicId, long accountId) {
        return new RunPlan(runId, sourceId, this.accountId, feedUrl, token, etag, pricing, missing, keep, lastGoodCount,
                publicId, accountId, changesSince);
    }

    public boolean changesOnly() {
        return changesSince != null;
    }

    public String skuPrefix() {
        return SkuNaming.prefix(vendorPublicId, sourceId);
    }
}
