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
import java.util.HashMap;
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

    public void apply(RunPlan plan, List<ProductData> rows, int progress) {
        Instant now = Instant.now();
        Map<String, LinkedLookups.Linked> existing;
        Map<ProductData, String> fresh = new HashMap<>();
        Set<String> taken;
        try {
            LinkedLookups lookups = new LinkedLookups(em.unwrap(Connection.class));
            existing = lookups.linked(plan.accountId(), plan.sourceId(), rows.stream().map(ProductData::vendorSku).toList());
            rows.stream().filter(r -> !existing.containsKey(r.vendorSku()))
                    .forEach(r -> fresh.put(r, SkuNaming.distributorSku(plan.skuPrefix(), r.vendorSku())));
            taken = lookups.taken(plan.accountId(), List.copyOf(fresh.values()));
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up linked products: " + e.getMessage(), e);
        }
        ImportRun run = em.find(ImportRun.class, plan.runId());
        int created = 0, updated = 0, unchanged = 0, rejected = 0;
        List<ProductInserts.NewProduct> creating = new ArrayList<>();
        for (ProductData row : rows) {
            LinkedLookups.Linked known = existing.get(row.vendorSku());
            if (known == null) {
                String sku = fresh.get(row);
                if (taken.contains(sku)) {
                    rejected++;
                    if (run.getRejected() + rejected <= sampleLimit) {
                        em.persist(new ImportRejection(plan.runId(), row.row(), "sku: " + sku
                                + " is already a product of yours that does not come from this source"));
                    }
                    continue;
                }
                creating.add(new ProductInserts.NewProduct(sku, row));
                created++;
            } else if (row.hash().equals(known.hash())) {
                unchanged++;
            } else {
                ProductFill.fill(em.find(Product.class, known.id()), row, plan.keep(), false, now);
                updated++;
            }
        }
        try {
            ProductInserts.insert(em.unwrap(Connection.class), plan, creating, now);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create linked products: " + e.getMessage(), e);
        }
        run.count(0, created, updated, unchanged, 0, rejected);
        run.setProgress(progress);
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
            switch (plan.missing()) {
                case DELETE -> em.remove(p);
                case HIDE -> p.setHidden(true);
                case ZERO_STOCK -> p.setQuantity(0);
            }
            if (plan.missing() != MissingRule.DELETE) {
                p.setLinkContentHash(null); // handled; written in full when it returns to the feed
                p.touch(now);
            }
            removed++;
        }
        ImportRun run = em.find(ImportRun.class, plan.runId());
        run.count(0, 0, 0, 0, removed, 0);
        run.setProgress(progress);
    }
}
