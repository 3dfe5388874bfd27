package io.gemlink.catalog.boundary;

import io.gemlink.catalog.api.LinkTarget;
import io.gemlink.catalog.api.LinkedProductData;
import io.gemlink.catalog.api.LinkedProductRow;
import io.gemlink.catalog.api.LinkedProducts;
import io.gemlink.catalog.control.ProductBatchWriter;
import io.gemlink.catalog.control.ProductFill;
import io.gemlink.catalog.control.ProductLookups;
import io.gemlink.catalog.control.ProductSearch;
import io.gemlink.catalog.entity.Product;
import io.gemlink.linking.api.MissingRule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the distributor's linked products for linking-module's imports ({@link LinkedProducts}): in the
 * caller's transaction, on its connection (the container shares one persistence context and one
 * connection per transaction), so a batch's products and the run's counters commit together.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LinkedProductWriter implements LinkedProducts {

    static final String OF_SOURCE = "SELECT p.linkVendorSku, p.id, p.linkContentHash FROM Product p"
            + " WHERE p.accountId = :accountId AND p.linkSourceId = :sourceId";

    /** Zeroes an ended link's products (native: one statement, whatever their number). */
    static final String ZERO_SOURCE = "UPDATE product SET quantity = 0, link_content_hash = NULL, updated_at = ?,"
            + " version = version + 1 WHERE account_id = ? AND link_source_id = ?"
            + " AND (quantity <> 0 OR link_content_hash IS NOT NULL)";

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, Linked> linked(long accountId, long sourceId, List<String> vendorSkus) {
        try {
            return new ProductLookups(em.unwrap(Connection.class)).linked(accountId, sourceId, vendorSkus);
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up linked products: " + e.getMessage(), e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, Linked> ofSource(long accountId, long sourceId) {
        Map<String, Linked> found = new HashMap<>();
        em.createQuery(OF_SOURCE, Object[].class)
                .setParameter("accountId", accountId)
                .setParameter("sourceId", sourceId)
                .getResultStream()
                .forEach(r -> found.put((String) r[0], new Linked((Long) r[1], (String) r[2])));
        return found;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasLinked(long accountId, long sourceId) {
        return !em.createQuery(
                        "SELECT p.id FROM Product p WHERE p.accountId = :accountId AND p.linkSourceId = :sourceId",
                        Long.class)
                .setParameter("accountId", accountId)
                .setParameter("sourceId", sourceId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * One batch insert. Only when the database refuses it for a duplicate SKU (a product of the
     * distributor's own with that SKU) does it look: the rows already linked now were written by the
     * refused batch (MySQL and H2 may write its other rows), the other taken SKUs are refused, and the
     * rest is inserted again.
     */
    @Override
    public List<NewLinked> create(LinkTarget target, List<NewLinked> products, Instant now) {
        Connection connection = em.unwrap(Connection.class);
        try {
            try {
                ProductBatchWriter.insertLinked(connection, target, products, now);
                return List.of();
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e;
                }
            }
            ProductLookups lookups = new ProductLookups(connection);
            Set<String> written = lookups.linked(
                            target.accountId(),
                            target.sourceId(),
                            products.stream().map(p -> p.data().vendorSku()).toList())
                    .keySet();
            List<NewLinked> left = products.stream()
                    .filter(p -> !written.contains(p.data().vendorSku()))
                    .toList();
            Set<String> taken = new HashSet<>(lookups.taken(
                    target.accountId(), left.stream().map(NewLinked::sku).toList()));
            List<NewLinked> refused = new ArrayList<>();
            List<NewLinked> free = new ArrayList<>();
            for (NewLinked p : left) {
                (taken.contains(p.sku()) ? refused : free).add(p);
            }
            ProductBatchWriter.insertLinked(connection, target, free, now);
            return refused;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create linked products: " + e.getMessage(), e);
        }
    }

    /**
     * The changed products in one JDBC batch of updates (the entities loaded and written back one by one cost
     * most of a changes-only run's writing), the kept fields left alone.
     */
    @Override
    public int update(Map<Long, LinkedProductData> changed, Set<String> keep, Instant now) {
        if (changed.isEmpty()) {
            return 0;
        }
        try {
            return ProductBatchWriter.updateLinked(em.unwrap(Connection.class), changed, keep, now);
        } catch (SQLException e) {
            throw new IllegalStateException("could not update linked products: " + e.getMessage(), e);
        }
    }

    @Override
    public int leaveFeed(long accountId, List<Long> ids, MissingRule rule, Instant now) {
        int handled = 0;
        for (Long id : ids) {
            Product p = em.find(Product.class, id);
            if (p == null || p.getAccountId() != accountId) {
                continue;
            }
            if (ProductFill.leaveFeed(p, rule, now)) {
                em.remove(p);
            }
            handled++;
        }
        return handled;
    }

    @Override
    public List<String> leaveSource(long accountId, long sourceId, MissingRule rule, Instant now) {
        List<Product> products = em.createQuery(
                        "SELECT p FROM Product p WHERE p.accountId = :accountId" + " AND p.linkSourceId = :sourceId",
                        Product.class)
                .setParameter("accountId", accountId)
                .setParameter("sourceId", sourceId)
                .getResultList();
        for (Product p : products) {
            if (ProductFill.leaveFeed(p, rule, now)) {
                em.remove(p);
            }
        }
        return products.stream().map(Product::getSku).toList();
    }

    @Override
    public List<String> zeroSource(long accountId, long sourceId, Instant now) {
        List<String> skus = em.createQuery(
                        "SELECT p.sku FROM Product p WHERE p.accountId = :accountId"
                                + " AND p.linkSourceId = :sourceId AND (p.quantity <> 0 OR p.linkContentHash IS NOT"
                                + " NULL)",
                        String.class)
                .setParameter("accountId", accountId)
                .setParameter("sourceId", sourceId)
                .getResultList();
        em.createNativeQuery(ZERO_SOURCE)
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, accountId)
                .setParameter(3, sourceId)
                .executeUpdate();
        return skus;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<LinkedProductRow> bySku(long accountId, String sku) {
        // the row's columns only (asked while an order is mirrored: no product for its transaction to track)
        return em.createQuery(ROW + " WHERE p.accountId = :accountId AND p.sku = :sku", LinkedProductRow.class)
                .setParameter("accountId", accountId)
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LinkedProductRow> pageOfSource(long accountId, long sourceId, int offset, int max) {
        return em.createQuery(
                        ROW + " WHERE p.accountId = :accountId AND p.linkSourceId = :sourceId ORDER BY p.sku",
                        LinkedProductRow.class)
                .setParameter("accountId", accountId)
                .setParameter("sourceId", sourceId)
                .setFirstResult(offset)
                .setMaxResults(max)
                .getResultList();
    }

    /** A linked product's row, read as its columns: no entity for a transaction to track and compare. */
    static final String ROW = "SELECT NEW io.gemlink.catalog.api.LinkedProductRow(p.sku, p.title, p.price,"
            + " p.currency, p.quantity, p.hidden, p.linkSourceId, p.linkVendorAccountId, p.linkVendorPublicId,"
            + " p.linkVendorSku, p.linkLastSyncedAt, p.linkContentHash) FROM Product p";

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countOfSource(long accountId, long sourceId) {
        return em.createQuery(
                        "SELECT COUNT(p) FROM Product p WHERE p.accountId = :accountId"
                                + " AND p.linkSourceId = :sourceId",
                        Long.class)
                .setParameter("accountId", accountId)
                .setParameter("sourceId", sourceId)
                .getSingleResult();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LinkedProductRow> pageOfAccount(long accountId, int offset, int max) {
        return em.createQuery(
                        ROW + " WHERE p.accountId = :accountId AND p.linkVendorAccountId IS NOT NULL ORDER BY p.sku",
                        LinkedProductRow.class)
                .setParameter("accountId", accountId)
                .setFirstResult(offset)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countOfAccount(long accountId) {
        return em.createQuery(
                        "SELECT COUNT(p) FROM Product p WHERE p.accountId = :accountId"
                                + " AND p.linkVendorAccountId IS NOT NULL",
                        Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
    }

    /** The JPQL path of each key of {@link LinkedProducts#SORTS}: a whitelist, never the user's text. */
    static final Map<String, String> SORT_PATHS = Map.of(
            "sku", "p.sku",
            "title", "p.title",
            "price", "p.price",
            "quantity", "p.quantity",
            "vendor", "p.linkVendorPublicId",
            "lastSyncedAt", "p.linkLastSyncedAt");

    private static final String SEARCH = " WHERE p.accountId = :accountId AND p.linkVendorAccountId IS NOT NULL";
    private static final String SEARCH_TEXT =
            " AND (LOWER(p.sku) LIKE :q OR LOWER(p.title) LIKE :q OR LOWER(p.linkVendorSku) LIKE :q)";

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LinkedProductRow> searchOfAccount(
            long accountId, String q, String sort, boolean ascending, int offset, int max) {
        String like = ProductSearch.like(q);
        boolean known = sort != null && SORT_PATHS.containsKey(sort); // Map.of refuses a null key
        String path = known ? SORT_PATHS.get(sort) : "p.sku";
        String direction = !known || ascending ? " ASC" : " DESC";
        var query = em.createQuery(
                        ROW + SEARCH + (like == null ? "" : SEARCH_TEXT) + " ORDER BY " + path + direction
                                + (path.equals("p.sku") ? "" : ", p.sku ASC"),
                        LinkedProductRow.class)
                .setParameter("accountId", accountId);
        if (like != null) {
            query.setParameter("q", like);
        }
        return query.setFirstResult(offset).setMaxResults(max).getResultList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countOfAccount(long accountId, String q) {
        String like = ProductSearch.like(q);
        var query = em.createQuery(
                        "SELECT COUNT(p) FROM Product p" + SEARCH + (like == null ? "" : SEARCH_TEXT), Long.class)
                .setParameter("accountId", accountId);
        if (like != null) {
            query.setParameter("q", like);
        }
        return query.getSingleResult();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, Long> countsByDistributor(long vendorAccountId) {
        return counts(em.createQuery(
                        "SELECT p.accountId, COUNT(p) FROM Product p WHERE p.linkVendorAccountId = :vendor"
                                + " GROUP BY p.accountId",
                        Object[].class)
                .setParameter("vendor", vendorAccountId)
                .getResultList());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, Long> countsByVendor(long distributorAccountId) {
        return counts(em.createQuery(
                        "SELECT p.linkVendorAccountId, COUNT(p) FROM Product p WHERE p.accountId = :account"
                                + " AND p.linkVendorAccountId IS NOT NULL GROUP BY p.linkVendorAccountId",
                        Object[].class)
                .setParameter("account", distributorAccountId)
                .getResultList());
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    public void alignVendor(long accountId, long sourceId, Long vendorAccountId, String vendorPublicId) {
        if (vendorAccountId != null) {
            em.createNativeQuery("UPDATE product SET link_vendor_account_id = ?, link_vendor_public_id = ?"
                            + " WHERE account_id = ? AND link_source_id = ?"
                            + " AND (link_vendor_account_id IS NULL OR link_vendor_account_id <> ?)")
                    .setParameter(1, vendorAccountId)
                    .setParameter(2, vendorPublicId)
                    .setParameter(3, accountId)
                    .setParameter(4, sourceId)
                    .setParameter(5, vendorAccountId)
                    .executeUpdate();
        } else {
            em.createNativeQuery("UPDATE product SET link_vendor_account_id = NULL, link_vendor_public_id = NULL"
                            + " WHERE account_id = ? AND link_source_id = ? AND link_vendor_account_id IS NOT NULL")
                    .setParameter(1, accountId)
                    .setParameter(2, sourceId)
                    .executeUpdate();
        }
    }
}
