package io.gemlink.catalog.control;

import io.gemlink.catalog.entity.Product;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The JPQL of a catalog search: text in SKU, title or brand; category; linked or own products. */
public record ProductSearch(long accountId, String q, String category, Boolean linked) {

    public TypedQuery<Product> items(EntityManager em) {
        return bind(em.createQuery(
                "SELECT p FROM Product p" + where() + " ORDER BY p.createdAt DESC, p.id DESC", Product.class));
    }

    public TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("SELECT COUNT(p) FROM Product p" + where(), Long.class));
    }

    private String where() {
        StringBuilder jpql = new StringBuilder(" WHERE p.accountId = :accountId");
        params().keySet().stream()
                .filter(k -> !k.equals("accountId"))
                .forEach(k -> jpql.append(
                        switch (k) {
                            case "q" ->
                                " AND (LOWER(p.sku) LIKE :q OR LOWER(p.title) LIKE :q OR LOWER(p.brand) LIKE :q)";
                            case "category" -> " AND p.category = :category";
                            default -> throw new IllegalStateException(k);
                        }));
        if (linked != null) {
            jpql.append(linked ? " AND p.linkVendorAccountId IS NOT NULL" : " AND p.linkVendorAccountId IS NULL");
        }
        return jpql.toString();
    }

    private Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("accountId", accountId);
        if (q != null && !q.isBlank()) {
            String escaped = q.trim()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            params.put("q", "%" + escaped + "%");
        }
        if (category != null && !category.isBlank()) {
            params.put("category", category.trim().toUpperCase(Locale.ROOT));
        }
        return params;
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params().forEach(query::setParameter);
        return query;
    }
}
