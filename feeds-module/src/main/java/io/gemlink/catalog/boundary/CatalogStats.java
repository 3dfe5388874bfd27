package io.gemlink.catalog.boundary;

import io.gemlink.catalog.control.ProductSearch;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The numbers of the admin's dashboards about one account's catalog, counted by the database: its own products,
 * and those of its own products that distributors link to and that are (nearly) out of stock. Every query names
 * the account.
 */
@Stateless
public class CatalogStats {

    /** At or below this quantity, a product that distributors link to shows as low on the vendor's dashboard. */
    public static final int LOW_STOCK = ProductSearch.LOW_STOCK;

    @PersistenceContext
    EntityManager em;

    /** A vendor's product low on stock, and how many distributors link to it. */
    public record LowStock(String sku, String title, int quantity, long distributors) {}

    /** The account's own products (not those linked from a vendor). */
    public long ownProducts(long accountId) {
        return em.createQuery(
                        "SELECT COUNT(p) FROM Product p WHERE p.accountId = :accountId"
                                + " AND p.linkVendorAccountId IS NULL",
                        Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
    }

    /** The account's products linked from a vendor's feed. */
    public long linkedProducts(long accountId) {
        return em.createQuery(
                        "SELECT COUNT(p) FROM Product p WHERE p.accountId = :accountId"
                                + " AND p.linkVendorAccountId IS NOT NULL",
                        Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
    }

    /** How many of the vendor's own products that distributors link to are at or below {@link #LOW_STOCK}. */
    public long lowStockLinked(long vendorAccountId) {
        // the same clause as the catalog list's ?lowStock=true, so the dashboard's link lists what it counted
        return em.createQuery(
                        "SELECT COUNT(p) FROM Product p WHERE p.accountId = :accountId"
                                + ProductSearch.LOW_STOCK_LINKED,
                        Long.class)
                .setParameter("accountId", vendorAccountId)
                .setParameter("low", LOW_STOCK)
                .getSingleResult();
    }

    /** The first {@code limit} of them, lowest quantity first, each with its number of linking distributors. */
    public List<LowStock> lowStockLinked(long vendorAccountId, int limit) {
        return em
                .createQuery(
                        "SELECT v.sku, v.title, v.quantity, COUNT(DISTINCT l.accountId) FROM Product v, Product l"
                                + " WHERE v.accountId = :accountId AND v.linkVendorAccountId IS NULL"
                                + " AND v.quantity <= :low AND l.linkVendorAccountId = v.accountId"
                                + " AND l.linkVendorSku = v.sku GROUP BY v.sku, v.title, v.quantity"
                                + " ORDER BY v.quantity, v.sku",
                        Object[].class)
                .setParameter("accountId", vendorAccountId)
                .setParameter("low", LOW_STOCK)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new LowStock(
                        (String) r[0], (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).longValue()))
                .toList();
    }
}
