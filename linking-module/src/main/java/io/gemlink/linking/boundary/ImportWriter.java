package io.gemlink.linking.boundary;

import io.gemlink.catalog.entity.Product;
import io.gemlink.linking.api.MissingRule;
import io.gemlink.linking.entity.ImportRejection;
import io.gemlink.linking.control.ProductData;
import io.gemlink.linking.control.ProductFill;
import io.gemlink.linking.control.LinkedLookups;
import io.gemlink.linking.control.ProductInserts;
import io.gemlink.linking.control.RunPlan;
import io.gemlink.linking.control.SkuNaming;
import io.gemlink.linking.entity.ImportRun;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a validated feed into the distributor's catalog, one batch per transaction: creates linked
 * products on first sight, updates those whose content hash changed, leaves the rest untouched
 * (no write), and applies the missing-products rule. The run's counters and progress move in the
 * same transaction as the batch they describe.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportWriter {

    static final String OF_SOURCE = "SELECT p.id, p.linkVendorSku, p.linkContentHash FROM Product p"
            + " WHERE p.accountId = :accountId AND p.linkSourceId = :sourceId";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "gemlink.linking.rejected-sample", defaultValue = "100")
    int sampleLimit;

    /**
     * Writes one batch. {@code sourceHasProducts} false (none linked yet when the run started): every row
     * is new, and the look-up of existing linked products is skipped. New products are inserted in one
     * statement; only when the database refuses it for a duplicate SKU (a product of the distributor's
     * own with that SKU) are the taken SKUs looked up and those rows rejected. A refused statement
     * changes nothing, on MySQL and H2 alike, so the retry inserts the rest.
     */
    public void apply(RunPlan plan, List<ProductData> rows, int progress, boolean sourceHasProducts) {
        Instant now = Instant.now();
        Connection connection = em.unwrap(Connection.class);
        LinkedLookups lookups;
        Map<String, LinkedLookups.Linked> existing;
        try {
            lookups = new LinkedLookups(connection);
            existing = sourceHasProducts
                    ? lookups.linked(plan.accountId(), plan.sourceId(), rows.stream().map(ProductData::vendorSku).toList())
                    : Map.of();
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up linked products: " + e.getMessage(), e);
        }
        ImportRun run = em.find(ImportRun.class, plan.runId());
        int updated = 0, unchanged = 0, rejected = 0;
        List<ProductInserts.NewProduct> creating = new ArrayList<>();
        Map<Long, ProductData> changed = new LinkedHashMap<>();
        for (ProductData row : rows) {
            LinkedLookups.Linked known = existing.get(row.vendorSku());
            if (known == null) {
                creating.add(new ProductInserts.NewProduct(SkuNaming.distributorSku(plan.skuPrefix(), row.vendorSku()), row));
            } else if (row.hash().equals(known.hash())) {
                unchanged++;
            } else {
                changed.put(known.id(), row);
            }
        }
        for (Product p : load(lookups, changed.keySet())) {
            ProductFill.fill(p, changed.get(p.getId()), plan.keep(), false, now);
            updated++;
        }
        try {
            try {
                ProductInserts.insert(connection, plan, creating, now);
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e;
                }
                Set<String> taken = lookups.taken(plan.accountId(),
                        creating.stream().map(ProductInserts.NewProduct::sku).toList());
                List<ProductInserts.NewProduct> free = new ArrayList<>();
                for (ProductInserts.NewProduct p : creating) {
                    if (!taken.contains(p.sku())) {
                        free.add(p);
                        continue;
                    }
                    rejected++;
                    if (run.getRejected() + rejected <= sampleLimit) {
                        em.persist(new ImportRejection(plan.runId(), p.data().row(), "sku: " + p.sku()
                                + " is already a product of yours that does not come from this source"));
                    }
                }
                ProductInserts.insert(connection, plan, free, now);
                creating = free;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create linked products: " + e.getMessage(), e);
        }
        run.count(0, creating.size(), updated, unchanged, 0, rejected);
        run.setProgress(progress);
    }

    /** The products to update, in one query (one round trip, not one per product), H2 aside (see LinkedLookups). */
    private List<Product> load(LinkedLookups lookups, Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (lookups.pointQueries()) {
            return ids.stream().map(id -> em.find(Product.class, id)).toList();
        }
        return em.createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    /**
     * Ties the source's products to the source's vendor, or to none when the source is external: a source
     * made in-network (or external) later converts the products an earlier run wrote.
     */
    public void alignVendor(RunPlan plan) {
        if (plan.inNetwork()) {
            em.createNativeQuery("UPDATE product SET link_vendor_account_id = ?, link_vendor_public_id = ?"
                            + " WHERE account_id = ? AND link_source_id = ?"
                            + " AND (link_vendor_account_id IS NULL OR link_vendor_account_id <> ?)")
                    .setParameter(1, plan.vendorAccountId()).setParameter(2, plan.vendorPublicId())
                    .setParameter(3, plan.accountId()).setParameter(4, plan.sourceId())
                    .setParameter(5, plan.vendorAccountId()).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE product SET link_vendor_account_id = NULL, link_vendor_public_id = NULL"
                            + " WHERE account_id = ? AND link_source_id = ? AND link_vendor_account_id IS NOT NULL")
                    .setParameter(1, plan.accountId()).setParameter(2, plan.sourceId()).executeUpdate();
        }
    }

    /** Whether the source has linked products at all (when none, a run need not look any up). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasProducts(RunPlan plan) {
        return !em.createQuery("SELECT p.id FROM Product p WHERE p.accountId = :accountId AND p.linkSourceId = :sourceId",
                        Long.class)
                .setParameter("accountId", plan.accountId()).setParameter("sourceId", plan.sourceId())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The linked products of the source that the feed no longer lists and that the rule still has to
     * handle (ZERO_STOCK and HIDE handle a product once; DELETE takes every one).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> missing(RunPlan plan, Set<String> inFeed) {
        return em.createQuery(OF_SOURCE, Object[].class)
                .setParameter("accountId", plan.accountId()).setParameter("sourceId", plan.sourceId())
                .getResultList().stream()
                .filter(r -> !inFeed.contains((String) r[1]) && (r[2] != null || plan.missing() == MissingRule.DELETE))
                .map(r -> (Long) r[0])
                .toList();
    }

    /**
     * Of the given vendor SKUs, the linked products of the source that the rule still has to handle
     * (as {@link #missing}), for the products a changes-only answer marks removed.
     */
    public List<Long> linked(RunPlan plan, Set<String> vendorSkus) {
        List<Long> ids = new ArrayList<>();
        List<String> skus = List.copyOf(vendorSkus);
        try {
            LinkedLookups lookups = new LinkedLookups(em.unwrap(Connection.class));
            for (int i = 0; i < skus.size(); i += 500) {
                lookups.linked(plan.accountId(), plan.sourceId(), skus.subList(i, Math.min(skus.size(), i + 500)))
                        .values().stream()
                        .filter(l -> l.hash() != null || plan.missing() == MissingRule.DELETE)
                        .forEach(l -> ids.add(l.id()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up linked products: " + e.getMessage(), e);
        }
        return ids;
    }

    public void applyMissing(RunPlan plan, List<Long> productIds, int progress) {
        Instant now = Instant.now();
        int removed = 0;
        for (Long id : productIds) {
            Product p = em.find(Product.class, id);
            if (p == null || p.getAccountId() != plan.accountId()) {
                continue;
            }
            if (ProductFill.leaveFeed(p, plan.missing(), now)) {
                em.remove(p);
            }
            removed++;
        }
        ImportRun run = em.find(ImportRun.class, plan.runId());
        run.count(0, 0, 0, 0, removed, 0);
        run.setProgress(progress);
    }
}
