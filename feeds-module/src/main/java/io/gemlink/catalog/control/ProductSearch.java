package io.gemlink.catalog.control;

import io.gemlink.catalog.entity.Product;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JPQL of a catalog search: text in SKU, title or brand; category; linked or own products; sorted by a key of
 * {@link #SORTS} (a whitelist of paths: the user's text never reaches the query), else newest first. {@code lowStock}
 * keeps the account's own products at or below {@link #LOW_STOCK} that distributors link to (the vendor dashboard's
 * low-stock count, {@link #LOW_STOCK_LINKED}).
 */
public record ProductSearch(
        long accountId, String q, String category, Boolean linked, boolean lowStock, String sort, boolean ascending) {

    /** At or below this quantity, a product that distributors link to is low on stock. */
    public static final int LOW_STOCK = 5;

    /**
     * Own product p (alias {@code p}) at or below {@code :low} that a distributor's product links to (its vendor
     * account and SKU, ix_product_link_vendor).
     */
    public static final String LOW_STOCK_LINKED = lowStockLinked("p");

    /** The sort keys and their JPQL paths. */
    public static final Map<String, String> SORTS = Map.of(
            "sku", "p.sku",
            "title", "p.title",
            "category", "p.category",
            "price", "p.price",
            "quantity", "p.quantity",
            "createdAt", "p.id");

    public ProductSearch(long accountId, String q, String category, Boolean linked) {
        this(accountId, q, category, linked, false, null, false);
    }

    public TypedQuery<Product> items(EntityManager em) {
        String path = sort == null ? null : SORTS.get(sort); // Map.of refuses a null key
        String order = path == null
                ? " ORDER BY p.createdAt DESC, p.id DESC"
                : " ORDER BY " + path + (ascending ? " ASC" : " DESC") + (path.equals("p.id") ? "" : ", p.id DESC");
        return bind(em.createQuery("SELECT p FROM Product p" + where() + order, Product.class));
    }

    public TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("SELECT COUNT(p) FROM Product p" + where(), Long.class));
    }

    private String where() {
        return " WHERE p.accountId = :accountId" + conditions("p");
    }

    /** Whether anything narrows the account's products (a text, a category, own or linked, low stock). */
    public boolean filtered() {
        return params().size() > 1 || linked != null;
    }

    /**
     * The search's conditions on the products of the alias {@code a}, each starting with " AND ", the account
     * excepted (the caller names it); {@code ""} when nothing is filtered. Its parameters: {@link #bind}.
     */
    public String conditions(String a) {
        StringBuilder jpql = new StringBuilder();
        params().keySet().stream()
                .filter(k -> !k.equals("accountId"))
                .forEach(k -> jpql.append(
                        switch (k) {
                            case "q" ->
                                " AND (LOWER(%1$s.sku) LIKE :q OR LOWER(%1$s.title) LIKE :q".formatted(a)
                                        + " OR LOWER(%s.brand) LIKE :q)".formatted(a);
                            case "category" -> " AND " + a + ".category = :category";
                            case "low" -> lowStockLinked(a);
                            default -> throw new IllegalStateException(k);
                        }));
        if (linked != null) {
            jpql.append(" AND " + a + ".linkVendorAccountId IS" + (linked ? " NOT NULL" : " NULL"));
        }
        return jpql.toString();
    }

    /** {@link #LOW_STOCK_LINKED} for the products of alias {@code a}. */
    static String lowStockLinked(String a) {
        return " AND %1$s.linkVendorAccountId IS NULL AND %1$s.quantity <= :low".formatted(a)
                + " AND EXISTS (SELECT l.id FROM Product l WHERE l.linkVendorAccountId = %1$s.accountId".formatted(a)
                + " AND l.linkVendorSku = %s.sku)".formatted(a);
    }

    private Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("accountId", accountId);
        String like = like(q);
        if (like != null) {
            params.put("q", like);
        }
        if (category != null && !category.isBlank()) {
            params.put("category", category.trim().toUpperCase(Locale.ROOT));
        }
        if (lowStock) {
            params.put("low", LOW_STOCK);
        }
        return params;
    }

    /** A search text as a LIKE pattern (lower case, its own % and _ taken literally), or null for none. */
    public static String like(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Binds the account and the parameters of {@link #conditions}. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params().forEach(query::setParameter);
        return query;
    }
}
