package io.gemlink.linking.api;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a distributor's products are still linked to a vendor, for the other modules: through an
 * in-network import source whose grant is live and while both dropshipping switches are on.
 * Implemented by linking-module, which owns import sources and linked products.
 */
@Local
public interface LinkDirectory {

    /**
     * Why these products of the distributor (its SKUs) may not send a dropship order to this vendor now,
     * in words the distributor can read (e.g. "the vendor revoked access to this feed"); empty if they may.
     */
    Optional<String> whyNotLinked(long distributorAccountId, long vendorAccountId, Collection<String> distributorSkus);

    /** The distributor's in-network sources, live or ended. */
    List<SourceLink> sourcesOf(long distributorAccountId);

    /** Products linked to this vendor, counted per distributor account. */
    Map<Long, Long> linkedProductsByDistributor(long vendorAccountId);

    /** The distributor's linked products, counted per vendor account. */
    Map<Long, Long> linkedProductsByVendor(long distributorAccountId);

    /**
     * Removes the distributor's sources of this vendor's feeds; their products follow each source's
     * missing-products rule first. Answers how many sources were removed.
     */
    int removeSourcesOfVendor(long distributorAccountId, long vendorAccountId);
}
