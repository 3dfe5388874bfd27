package io.gemlink.catalog.api;

import java.util.Set;

/**
 * Where an import source's linked products go: the distributor's account, the source, the vendor the
 * products are tied to (both null for an external source), and the fields the distributor keeps as its
 * own after the first import.
 */
public record LinkTarget(long accountId, long sourceId, Long vendorAccountId, String vendorPublicId, Set<String> keep) {

    /** Fields a distributor may keep as its own after the first import. */
    public static final Set<String> KEEPABLE =
            Set.of("title", "description", "category", "brand", "images", "tags", "price");
}
