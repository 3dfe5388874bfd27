package io.gemlink.catalog.api;

import io.gemlink.linking.api.MissingRule;
import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog's door for linking-module's imports: reads and writes a distributor's linked products
 * (the {@code link_*} rows of {@code product}), a batch at a time, in the caller's transaction and on its
 * connection. Implemented by feeds-module, which owns the {@code product} table.
 */
@Local
public interface LinkedProducts {

    /** A linked product: its id and content hash (null once the missing-products rule handled it). */
    record Linked(long id, String hash) {}

    /** A product to create: its SKU in the distributor's catalog and the feed row. */
    record NewLinked(String sku, LinkedProductData data) {}

    /** The source's linked products among these vendor SKUs, by vendor SKU. */
    Map<String, Linked> linked(long accountId, long sourceId, List<String> vendorSkus);

    /** Every linked product of the source, by vendor SKU. */
    Map<String, Linked> ofSource(long accountId, long sourceId);

    /** Whether the source has linked products at all. */
    boolean hasLinked(long accountId, long sourceId);

    /**
     * Creates the products in one JDBC batch. Answers those refused because the distributor already
     * has a product of its own with that SKU; every other one is created.
     */
    List<NewLinked> create(LinkTarget target, List<NewLinked> products, Instant now);

    /**
     * Writes the changed feed rows into the linked products with these ids, leaving the kept fields alone;
     * answers how many it found.
     */
    int update(Map<Long, LinkedProductData> changed, Set<String> keep, Instant now);

    /**
     * Applies the missing-products rule to these linked products of the account (ids of another account
     * are skipped); answers how many it handled.
     */
    int leaveFeed(long accountId, List<Long> ids, MissingRule rule, Instant now);

    /** Applies the rule to every linked product of a source being removed; answers their SKUs. */
    List<String> leaveSource(long accountId, long sourceId, MissingRule rule, Instant now);

    /**
     * Sets the source's linked products to quantity 0 and marks them handled (a link that ended), in one
     * statement whatever their number; answers the SKUs it changed.
     */
    List<String> zeroSource(long accountId, long sourceId, Instant now);

    /** The account's product with this SKU, linked or not. */
    Optional<LinkedProductRow> bySku(long accountId, String sku);

    /** A page of the source's linked products, by SKU. */
    List<LinkedProductRow> pageOfSource(long accountId, long sourceId, int offset, int max);

    long countOfSource(long accountId, long sourceId);

    /** A page of the account's products linked to a vendor (in-network), from every source, by SKU. */
    List<LinkedProductRow> pageOfAccount(long accountId, int offset, int max);

    long countOfAccount(long accountId);

    /** The sort keys {@link #searchOfAccount} takes; any other sorts by SKU. */
    java.util.Set<String> SORTS = java.util.Set.of("sku", "title", "price", "quantity", "vendor", "lastSyncedAt");

    /**
     * A page of the account's in-network linked products whose SKU, title or vendor SKU contains {@code q} (blank:
     * all), sorted by a key of {@link #SORTS}.
     */
    List<LinkedProductRow> searchOfAccount(
            long accountId, String q, String sort, boolean ascending, int offset, int max);

    long countOfAccount(long accountId, String q);

    /** How many of this vendor's products each distributor has linked, by distributor account. */
    Map<Long, Long> countsByDistributor(long vendorAccountId);

    /** How many products this distributor has linked from each vendor, by vendor account. */
    Map<Long, Long> countsByVendor(long distributorAccountId);

    /** Ties the source's products to this vendor, or to none (both null) when the source is external. */
    void alignVendor(long accountId, long sourceId, Long vendorAccountId, String vendorPublicId);
}
