package io.gemlink.catalog.boundary;

import io.gemlink.catalog.api.ProductGroup;
import io.gemlink.catalog.api.ProductView;
import io.gemlink.catalog.control.ProductGroups;
import io.gemlink.catalog.control.ProductGroups.Figure;
import io.gemlink.catalog.control.ProductMapping;
import io.gemlink.catalog.control.ProductSearch;
import io.gemlink.catalog.entity.Product;
import io.gemlink.platform.api.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The admin's catalog list by product: a variant group is one product, a product without a group is its own
 * ({@link ProductGroups}). Counts and pages in the database, then reads the figures and variants of the page's groups
 * only; a search that finds no product of any group pages the products as they are (the catalog list's query before
 * groups, with no grouping to pay for). Every query names the account of the search.
 */
@Stateless
public class CatalogGroups {

    @PersistenceContext
    EntityManager em;

    /** How many products (groups and products without one) and SKUs the search finds. */
    public ProductGroup.Totals totals(ProductSearch search) {
        Object[] row = ProductGroups.totals(em, search).getSingleResult();
        long groups = number(row[0]);
        long grouped = number(row[1]);
        long skus = number(row[2]);
        return new ProductGroup.Totals(groups + skus - grouped, skus);
    }

    /** One page of the search's products, each with its variants by size and those the search found. */
    public List<ProductGroup> page(ProductSearch search, PageRequest page) {
        if (ProductGroups.anyGrouped(em, search).getResultList().isEmpty()) {
            return search.items(em)
                    .setFirstResult(page.offset())
                    .setMaxResults(page.size())
                    .getResultStream()
                    .map(p -> single(ProductMapping.view(p), p.getId()))
                    .toList();
        }
        Map<Long, ProductView> singles = new HashMap<>();
        List<Row> rows =
                ProductGroups.byFigure(search) ? byFigure(search, page, singles) : byFirst(search, page, singles);
        Set<String> groups = new HashSet<>();
        rows.stream().filter(r -> r.group() != null).forEach(r -> groups.add(r.group()));
        // the page's groups' products are read from the lowest first id of them on
        long fromId = rows.stream()
                .filter(r -> r.group() != null)
                .mapToLong(Row::id)
                .min()
                .orElse(0);
        Map<String, Object[]> figures = new HashMap<>();
        Map<String, List<ProductView>> variants = new HashMap<>();
        Set<String> matches = new HashSet<>();
        if (!groups.isEmpty()) {
            if (!ProductGroups.byFigure(search)) {
                ProductGroups.figuresOf(em, search.accountId(), groups, fromId)
                        .getResultList()
                        .forEach(f -> figures.put(rowOf(groups, (String) f[Figure.VARIANT_GROUP.ordinal()]), f));
            }
            ProductGroups.variants(em, search.accountId(), groups, fromId)
                    .getResultList()
                    .forEach(p -> variants.computeIfAbsent(rowOf(groups, p.getVariantGroup()), k -> new ArrayList<>())
                            .add(ProductMapping.view(p)));
            if (search.filtered()) {
                matches.addAll(ProductGroups.matches(em, search, groups, fromId).getResultList());
            }
        }
        List<ProductGroup> result = new ArrayList<>();
        for (Row row : rows) {
            Object[] f = row.group() == null ? null : row.figures() != null ? row.figures() : figures.get(row.group());
            if (row.group() == null && singles.containsKey(row.id())) {
                result.add(single(singles.get(row.id()), row.id()));
            } else if (f != null) { // else deleted between the reads
                result.add(group(row.id(), row.group(), f, variants.getOrDefault(row.group(), List.of()), matches));
            }
        }
        return result;
    }

    /** A row of a page: a group by its first product's id and its name, or a product without one (group null). */
    private record Row(long id, String group, Object[] figures) {}

    /** The page sorted by a figure: the figures come with the rows; the products without a group are read by id. */
    private List<Row> byFigure(ProductSearch search, PageRequest page, Map<Long, ProductView> singles) {
        List<Row> rows = ProductGroups.figures(em, search)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(f -> new Row(number(f[Figure.FIRST_ID.ordinal()]), (String) f[Figure.VARIANT_GROUP.ordinal()], f))
                .toList();
        List<Long> ids =
                rows.stream().filter(r -> r.group() == null).map(Row::id).toList();
        if (!ids.isEmpty()) {
            ProductGroups.byIds(em, search.accountId(), ids)
                    .getResultStream()
                    .forEach(p -> singles.put(p.getId(), ProductMapping.view(p)));
        }
        return rows;
    }

    /** The page sorted by the groups' first products, which it reads with the products without a group. */
    private List<Row> byFirst(ProductSearch search, PageRequest page, Map<Long, ProductView> singles) {
        List<Row> rows = new ArrayList<>();
        for (Product p : ProductGroups.firsts(em, search)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList()) {
            rows.add(new Row(p.getId(), p.getVariantGroup(), null));
            if (p.getVariantGroup() == null) {
                singles.put(p.getId(), ProductMapping.view(p));
            }
        }
        return rows;
    }

    private static ProductGroup group(
            long id, String group, Object[] figures, List<ProductView> loaded, Set<String> matches) {
        List<ProductView> items = new ArrayList<>(loaded);
        items.sort(ProductGroups.BY_SIZE);
        // named and filed as its first product (the one the list sorts it by)
        ProductView first = loaded.isEmpty() ? null : loaded.get(0); // read by id
        return new ProductGroup(
                id,
                group,
                first == null ? group : first.title(),
                first == null ? null : first.category(),
                number(figures[Figure.VARIANTS.ordinal()]),
                number(figures[Figure.STOCK.ordinal()]),
                (BigDecimal) figures[Figure.LOW_PRICE.ordinal()],
                (BigDecimal) figures[Figure.HIGH_PRICE.ordinal()],
                currency(items),
                items.stream().filter(ProductView::hidden).count(),
                List.copyOf(items),
                Set.copyOf(items.stream()
                        .map(ProductView::sku)
                        .filter(matches::contains)
                        .toList()));
    }

    private static ProductGroup single(ProductView p, long id) {
        return new ProductGroup(
                id,
                null,
                p.title(),
                p.category(),
                1,
                p.quantity(),
                p.price(),
                p.price(),
                p.currency(),
                p.hidden() ? 1 : 0,
                List.of(p),
                Set.of());
    }

    /** The variants' one currency, or null when they are priced in several. */
    private static String currency(List<ProductView> items) {
        Set<String> currencies = new HashSet<>();
        items.forEach(
                v -> currencies.add(v.currency() == null ? "" : v.currency().toUpperCase(Locale.ROOT)));
        return currencies.size() == 1 ? items.get(0).currency() : null;
    }

    /**
     * The page's group a variant belongs to: its own spelling, else the one that differs in case only (MariaDB's
     * collation groups "Ring-A" with "RING-A" and answers one of them; H2 keeps them apart).
     */
    private static String rowOf(Set<String> groups, String group) {
        if (groups.contains(group)) {
            return group;
        }
        return groups.stream()
                .filter(g -> g.strip().equalsIgnoreCase(group.strip()))
                .findFirst()
                .orElse(group);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
