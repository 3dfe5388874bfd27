package io.gemlink.linking.boundary;

import io.gemlink.catalog.api.LinkTarget;
import io.gemlink.catalog.api.LinkedProductData;
import io.gemlink.catalog.api.LinkedProducts;
import io.gemlink.linking.api.MissingRule;
import io.gemlink.linking.control.LinkingConfig;
import io.gemlink.linking.control.RunPlan;
import io.gemlink.linking.control.SkuNaming;
import io.gemlink.linking.entity.ImportRejection;
import io.gemlink.linking.entity.ImportRun;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Writes a validated feed into the distributor's catalog, one batch per transaction: creates linked
 * products on first sight, updates those whose content hash changed, leaves the rest untouched
 * (no write), and applies the missing-products rule. The products are written by the catalog
 * ({@link LinkedProducts}, in this transaction); the run's counters and progress move in the same
 * transaction as the batch they describe, added in the database, so that batches of one run may be written
 * at the same time ({@link ImportBatches}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportWriter {

    /** A batch's counters added to its run, and the run's progress moved on (never back). */
    static final String COUNT = "UPDATE import_run SET created = created + ?, updated = updated + ?,"
            + " unchanged = unchanged + ?, rejected = rejected + ?, progress = GREATEST(progress, ?) WHERE id = ?";

    @PersistenceContext
    EntityManager em;

    @EJB
    LinkedProducts products;

    @Inject
    @ConfigProperties
    LinkingConfig config;

    /**
     * Writes one batch. {@code sourceHasProducts} false (none linked yet when the run started): every row
     * is new, and the look-up of existing linked products is skipped. New products are created in one
     * batch; those whose SKU is a product of the distributor's own are rejected.
     */
    public void apply(RunPlan plan, List<LinkedProductData> rows, int progress, boolean sourceHasProducts) {
        Instant now = Instant.now();
        Map<String, LinkedProducts.Linked> existing = sourceHasProducts
                ? products.linked(
                        plan.accountId(),
                        plan.sourceId(),
                        rows.stream().map(LinkedProductData::vendorSku).toList())
                : Map.of();
        int unchanged = 0;
        List<LinkedProducts.NewLinked> creating = new ArrayList<>();
        Map<Long, LinkedProductData> changed = new LinkedHashMap<>();
        for (LinkedProductData row : rows) {
            LinkedProducts.Linked known = existing.get(row.vendorSku());
            if (known == null) {
                creating.add(
                        new LinkedProducts.NewLinked(SkuNaming.distributorSku(plan.skuPrefix(), row.vendorSku()), row));
            } else if (row.hash().equals(known.hash())) {
                unchanged++;
            } else {
                changed.put(known.id(), row);
            }
        }
        int updated = products.update(changed, plan.keep(), now);
        List<LinkedProducts.NewLinked> refused = products.create(target(plan), creating, now);
        if (!refused.isEmpty()) {
            int sampled = em.find(ImportRun.class, plan.runId()).getRejected();
            for (LinkedProducts.NewLinked p : refused) {
                if (++sampled <= config.sampleLimit) {
                    em.persist(new ImportRejection(
                            plan.runId(),
                            p.data().row(),
                            "sku: " + p.sku() + " is already a product of yours that does not come from this source"));
                }
            }
        }
        // added in the database, not read and written back: two batches of a run may commit at once
        em.createNativeQuery(COUNT)
                .setParameter(1, creating.size() - refused.size())
                .setParameter(2, updated)
                .setParameter(3, unchanged)
                .setParameter(4, refused.size())
                .setParameter(5, progress)
                .setParameter(6, plan.runId())
                .executeUpdate();
    }

    private static LinkTarget target(RunPlan plan) {
        return new LinkTarget(
                plan.accountId(), plan.sourceId(), plan.vendorAccountId(), plan.vendorPublicId(), plan.keep());
    }

    /** Whether the source has linked products at all (when none, a run need not look any up). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasProducts(RunPlan plan) {
        return products.hasLinked(plan.accountId(), plan.sourceId());
    }

    /**
     * The linked products of the source that the feed no longer lists and that the rule still has to
     * handle (ZERO_STOCK and HIDE handle a product once; DELETE takes every one).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> missing(RunPlan plan, Set<String> inFeed) {
        return products.ofSource(plan.accountId(), plan.sourceId()).entrySet().stream()
                .filter(e -> !inFeed.contains(e.getKey()) && stillToHandle(plan, e.getValue()))
                .map(e -> e.getValue().id())
                .toList();
    }

    /**
     * Of the given vendor SKUs, the linked products of the source that the rule still has to handle
     * (as {@link #missing}), for the products a changes-only answer marks removed.
     */
    public List<Long> linked(RunPlan plan, Set<String> vendorSkus) {
        List<Long> ids = new ArrayList<>();
        List<String> skus = List.copyOf(vendorSkus);
        for (int i = 0; i < skus.size(); i += 500) {
            products
                    .linked(plan.accountId(), plan.sourceId(), skus.subList(i, Math.min(skus.size(), i + 500)))
                    .values()
                    .stream()
                    .filter(l -> stillToHandle(plan, l))
                    .forEach(l -> ids.add(l.id()));
        }
        return ids;
    }

    private static boolean stillToHandle(RunPlan plan, LinkedProducts.Linked product) {
        return product.hash() != null || plan.missing() == MissingRule.DELETE;
    }

    public void applyMissing(RunPlan plan, List<Long> productIds, int progress) {
        int removed = products.leaveFeed(plan.accountId(), productIds, plan.missing(), Instant.now());
        ImportRun run = em.find(ImportRun.class, plan.runId());
        run.count(0, 0, 0, 0, removed, 0);
        run.setProgress(progress);
    }
}
