package io.gemlink.linking.control;

import io.gemlink.linking.api.MissingRule;

import java.util.Set;

/** What one run needs to know of its source, read once when it starts. */
public record RunPlan(long runId, long sourceId, long accountId, String feedUrl, String token, String etag,
                      Pricing pricing, MissingRule missing, Set<String> keep, Integer lastGoodCount,
                      String vendorPublicId, Long vendorAccountId) {

    public RunPlan withVendor(String publicId, long accountId) {
        return new RunPlan(runId, sourceId, this.accountId, feedUrl, token, etag, pricing, missing, keep, lastGoodCount,
                publicId, accountId);
    }

    public String skuPrefix() {
        return SkuNaming.prefix(vendorPublicId, sourceId);
    }
}
