package io.gemlink.catalog.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One product of the admin's catalog list: a variant group (a ring in sizes 5 to 9, one {@code variantGroup}) or a
 * product without a group. The figures are the database's, over every variant of the group: {@code variantCount},
 * {@code quantity} (their stock together), the lowest and highest price, {@code currency} (null when the variants
 * are priced in several). {@code variants} are the group's products by size (all of them, unless a page's groups
 * hold more than the list reads at once), {@code hiddenCount} how many of those are hidden; {@code matches} the SKUs
 * among them that the list's search or filter found (empty when nothing is filtered). {@code id} is the group's
 * first product's (its lowest id), which tells the rows apart; {@code title} and {@code category} are that product's.
 */
public record ProductGroup(
        long id,
        String variantGroup,
        String title,
        Category category,
        long variantCount,
        long quantity,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        String currency,
        long hiddenCount,
        List<ProductView> variants,
        Set<String> matches) {

    /** Whether this row stands for a variant group rather than one product. */
    public boolean grouped() {
        return variantGroup != null;
    }

    /** The group's first variant by size, or the product itself. */
    public ProductView first() {
        return variants.isEmpty() ? null : variants.get(0);
    }

    /** The SKU of a product without a group, else the group's name. */
    public String name() {
        return grouped() ? variantGroup : first() == null ? "" : first().sku();
    }

    /** Whether the search found some of the group's variants but not all: the list shows them open and marked. */
    public boolean partlyMatched() {
        return grouped() && !matches.isEmpty() && matches.size() < variantCount;
    }

    /** How the list counted: products (a variant group is one) and the SKUs the search or filter found in them. */
    public record Totals(long products, long skus) {}
}
