package io.gemlink.catalog.control;

import io.gemlink.catalog.api.ProductView;
import io.gemlink.catalog.entity.Product;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

/**
 * The JPQL of the admin's catalog list, where a product is a variant group (a ring in sizes 5 to 9) or a product
 * without one: counted, sorted and paged by the database ({@code GROUP BY}), never in memory. A group is listed when
 * any of its variants matches the {@link ProductSearch}, and then whole: its figures and its sort key count every
 * variant. A group stands for itself by its first product (lowest id): the rows' ids, newest first by them.
 *
 * <p>No index leads with the group, so each grouping is a scan of the account's products into a temporary table,
 * and on MariaDB a table over 16 MB ({@code tmp_table_size}) goes to disk and costs seconds at 100,000 products. So the
 * sorts by the group's first product ({@link #BY_FIRST}: newest, SKU, title, category) group only the products that
 * have a group, down to their first id, and page those first products with the products without a group ({@link
 * #firsts}); the sorts by a figure ({@link #BY_FIGURE}: lowest or highest price, stock together) must group every
 * product ({@link #figures}), and keep that table to ids and numbers. No literal but NULL: EclipseLink binds literals
 * as parameters, which H2 cannot type in a select list ({@code SUM(CASE … THEN ? ELSE ? END)}).
 */
public final class ProductGroups {

    /** At most this many variants are read for one page; the groups' figures stay exact beyond it. */
    public static final int MAX_VARIANTS = 5_000;

    /** Sorts by the group's first product: the path each sorts by; newest first without a key. */
    static final Map<String, String> BY_FIRST = Map.of(
            "sku", "COALESCE(p.variantGroup, p.sku)",
            "title", "p.title",
            "category", "p.category",
            "createdAt", "p.id");

    /** Sorts by a figure: the result variable ascending and descending (cheapest first; dearest by its dearest). */
    static final Map<String, String[]> BY_FIGURE = Map.of(
            "price", new String[] {"lowPrice", "highPrice"},
            "quantity", new String[] {"stock", "stock"});

    /** The columns of a {@link #figures} row, in order. */
    public enum Figure {
        FIRST_ID,
        VARIANT_GROUP,
        VARIANTS,
        STOCK,
        LOW_PRICE,
        HIGH_PRICE
    }

    private static final String FIGURES = "SELECT MIN(p.id) AS firstId, p.variantGroup, COUNT(p),"
            + " SUM(p.quantity) AS stock, MIN(p.price) AS lowPrice, MAX(p.price) AS highPrice FROM Product p";

    /** Sizes as people count them: numbers by value ("5" before "10"), then other sizes as text, then none. */
    public static final Comparator<ProductView> BY_SIZE = Comparator.comparing(
                    (ProductView v) -> number(v.size()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ProductView::size, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(ProductView::sku);

    private ProductGroups() {}

    /** Whether the search sorts by a figure of the group ({@link #figures}) rather than by its first product. */
    public static boolean byFigure(ProductSearch search) {
        return search.sort() != null && BY_FIGURE.containsKey(search.sort());
    }

    /**
     * The first product of each group the search finds and each product without a group it finds, in the order of
     * {@link #BY_FIRST}, to be paged by the caller.
     */
    public static TypedQuery<Product> firsts(EntityManager em, ProductSearch search) {
        String path = search.sort() == null ? null : BY_FIRST.get(search.sort()); // Map.of refuses a null key
        String order = path == null
                ? " ORDER BY p.id DESC"
                : " ORDER BY " + path + (search.ascending() ? " ASC" : " DESC")
                        + (path.equals("p.id") ? "" : ", p.id DESC");
        return search.bind(em.createQuery(
                "SELECT p FROM Product p WHERE p.accountId = :accountId AND ((p.variantGroup IS NULL"
                        + search.conditions("p") + ") OR p.id IN (SELECT MIN(q.id) FROM Product q"
                        + " WHERE q.accountId = :accountId AND q.variantGroup IS NOT NULL" + wholeGroups(search, "q")
                        + " GROUP BY q.variantGroup))" + order,
                Product.class));
    }

    /**
     * The figures of each group the search finds and of each product without a group it finds (rows of {@link
     * Figure}), in the order of {@link #BY_FIGURE}, to be paged by the caller. A group is {@code (variant_group, id
     * of a product without one)}, so no group merges with a product whose SKU is its name.
     */
    public static TypedQuery<Object[]> figures(EntityManager em, ProductSearch search) {
        String[] keys = BY_FIGURE.get(search.sort());
        String order = search.ascending() ? " ORDER BY " + keys[0] + " ASC" : " ORDER BY " + keys[1] + " DESC";
        String where = search.filtered()
                ? " WHERE p.accountId = :accountId AND ((p.variantGroup IS NULL" + search.conditions("p")
                        + ") OR (p.variantGroup IS NOT NULL" + wholeGroups(search, "p") + "))"
                : " WHERE p.accountId = :accountId";
        return search.bind(em.createQuery(
                FIGURES + where + " GROUP BY p.variantGroup, CASE WHEN p.variantGroup IS NULL THEN p.id ELSE NULL END"
                        + order + ", firstId DESC",
                Object[].class));
    }

    /** The figures of these groups of the account (rows of {@link Figure}), over their products from an id on. */
    public static TypedQuery<Object[]> figuresOf(EntityManager em, long accountId, Set<String> groups, long fromId) {
        return em.createQuery(
                        FIGURES + " WHERE p.accountId = :accountId AND p.id >= :fromId AND p.variantGroup IN :groups"
                                + " GROUP BY p.variantGroup",
                        Object[].class)
                .setParameter("accountId", accountId)
                .setParameter("fromId", fromId)
                .setParameter("groups", groups);
    }

    /**
     * How many products the search finds (a group counts once: its distinct names, plus the products without one)
     * and how many SKUs: one row of {@code COUNT(DISTINCT group), COUNT(group), COUNT(*)}.
     */
    public static TypedQuery<Object[]> totals(EntityManager em, ProductSearch search) {
        return search.bind(em.createQuery(
                "SELECT COUNT(DISTINCT p.variantGroup), COUNT(p.variantGroup), COUNT(p) FROM Product p"
                        + " WHERE p.accountId = :accountId" + search.conditions("p"),
                Object[].class));
    }

    /** One product of a group that the search finds, if any: without, the list pages products as they are. */
    public static TypedQuery<Long> anyGrouped(EntityManager em, ProductSearch search) {
        return search.bind(em.createQuery(
                        "SELECT p.id FROM Product p WHERE p.accountId = :accountId AND p.variantGroup IS NOT NULL"
                                + search.conditions("p"),
                        Long.class))
                .setMaxResults(1);
    }

    /** Every product of these groups of the account from an id on (their first products'), by group. */
    public static TypedQuery<Product> variants(EntityManager em, long accountId, Set<String> groups, long fromId) {
        return em.createQuery(
                        "SELECT p FROM Product p WHERE p.accountId = :accountId AND p.id >= :fromId"
                                + " AND p.variantGroup IN :groups ORDER BY p.variantGroup, p.id",
                        Product.class)
                .setParameter("accountId", accountId)
                .setParameter("fromId", fromId)
                .setParameter("groups", groups)
                .setMaxResults(MAX_VARIANTS);
    }

    /** The account's products of these ids (a page's products without a group). */
    public static TypedQuery<Product> byIds(EntityManager em, long accountId, Collection<Long> ids) {
        return em.createQuery("SELECT p FROM Product p WHERE p.accountId = :accountId AND p.id IN :ids", Product.class)
                .setParameter("accountId", accountId)
                .setParameter("ids", ids);
    }

    /** The SKUs of these groups' products (from an id on) that the search itself finds: the variants it marks. */
    public static TypedQuery<String> matches(EntityManager em, ProductSearch search, Set<String> groups, long fromId) {
        return search.bind(em.createQuery(
                        "SELECT p.sku FROM Product p WHERE p.accountId = :accountId AND p.id >= :fromId"
                                + search.conditions("p") + " AND p.variantGroup IN :groups",
                        String.class))
                .setParameter("fromId", fromId)
                .setParameter("groups", groups)
                .setMaxResults(MAX_VARIANTS);
    }

    /** For a search that filters: only the groups with a product it finds (alias {@code a}). */
    private static String wholeGroups(ProductSearch search, String a) {
        return search.filtered()
                ? " AND " + a + ".variantGroup IN (SELECT m.variantGroup FROM Product m WHERE m.accountId = :accountId"
                        + search.conditions("m") + ")"
                : "";
    }

    private static BigDecimal number(String size) {
        if (size == null || !size.strip().matches("\\d{1,6}([.,]\\d{1,4})?")) {
            return null;
        }
        return new BigDecimal(size.strip().replace(',', '.'));
    }
}
