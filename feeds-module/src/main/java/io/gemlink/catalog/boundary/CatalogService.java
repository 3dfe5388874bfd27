package io.gemlink.catalog.boundary;

import io.gemlink.catalog.api.ProductData;
import io.gemlink.catalog.api.ProductView;
import io.gemlink.catalog.api.ProductsChanged;
import io.gemlink.catalog.api.StockChanged;
import io.gemlink.catalog.control.ProductBatchWriter;
import io.gemlink.catalog.control.ProductLookups;
import io.gemlink.catalog.control.ProductMapping;
import io.gemlink.catalog.control.ProductRules;
import io.gemlink.catalog.control.ProductSearch;
import io.gemlink.catalog.entity.Product;
import io.gemlink.feeds.entity.ProductRemoval;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * One account's catalog: upsert by SKU (JSON items and CSV batches, written as one JDBC batch), read,
 * search, patch, delete.
 * Every write fires {@link ProductsChanged} in its own transaction, but a PATCH of the quantity alone that
 * keeps the product on the same side of zero fires {@link StockChanged}: no feed's choice of products
 * changes with it (in-stock-only feeds filter on that side), so distributors need its number, not a run.
 */
@Stateless
public class CatalogService {

    /** The fields of a PATCH that changes the stock only (the SKU may be named, unchanged). */
    static final Set<String> STOCK_ONLY = Set.of("sku", "quantity");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ProductsChanged> changed;

    @Inject
    Event<StockChanged> stockChanged;

    @Resource(lookup = "java:app/jdbc/gemlink")
    DataSource dataSource;

    /**
     * Stores the good items (created or replaced by SKU) and refuses the bad ones, each by its number
     * (a JSON index or a CSV row). One transaction: the caller chooses the batch size.
     */
    public Written upsert(long accountId, List<Item> items) {
        return write(accountId, check(items));
    }

    /**
     * The rules of {@link #upsert} without writing: the good items normalized, the bad ones refused. Needs no
     * transaction (the CSV import checks a batch while the one before is written).
     */
    static Checked check(List<Item> items) {
        List<Refused> refused = new ArrayList<>();
        List<Item> good = new ArrayList<>();
        for (Item item : items) {
            List<FieldError> errors = ProductRules.check(item.data());
            if (errors.isEmpty()) {
                good.add(new Item(item.number(), ProductRules.normalize(item.data())));
            } else {
                errors.forEach(e -> refused.add(new Refused(item.number(), e.field(), e.message())));
            }
        }
        return new Checked(List.copyOf(good), List.copyOf(refused));
    }

    /**
     * Writes what {@link #check} let through, in one transaction; its refusals come back with the counts. An item
     * that would change the quantity of a linked product is refused too: that figure follows the vendor's stock.
     */
    public Written write(long accountId, Checked checked) {
        Instant now = now();
        List<Refused> refused = new ArrayList<>(checked.refused());
        if (checked.good().isEmpty()) {
            return new Written(0, 0, refused);
        }
        Set<String> skus = new LinkedHashSet<>();
        List<String> createdSkus = new ArrayList<>();
        int updated = 0;
        try (Connection c = dataSource.getConnection()) { // enlisted in this method's transaction
            Map<String, ProductLookups.Existing> known = new ProductLookups(c)
                    .existing(
                            accountId,
                            checked.good().stream().map(i -> i.data().sku()).collect(Collectors.toSet()));
            List<ProductData> good = new ArrayList<>();
            for (Item item : checked.good()) {
                ProductData p = item.data();
                String key = p.sku().toLowerCase(Locale.ROOT); // the column's collation ignores case
                ProductLookups.Existing before = known.get(key);
                if (before != null && before.linked() && before.quantity() != p.quantity()) {
                    refused.add(new Refused(item.number(), "quantity", LINKED_QUANTITY));
                    continue;
                }
                good.add(p);
                skus.add(p.sku());
                if (before == null
                        && known.putIfAbsent(key, new ProductLookups.Existing(false, p.quantity())) == null) {
                    createdSkus.add(p.sku());
                } else {
                    updated++;
                }
            }
            if (good.isEmpty()) {
                return new Written(0, 0, refused);
            }
            ProductBatchWriter.upsert(c, accountId, good, now);
            ProductBatchWriter.forgetRemovals(c, accountId, createdSkus);
        } catch (SQLException e) {
            throw new IllegalStateException("products of account " + accountId + " could not be written", e);
        }
        changed.fire(new ProductsChanged(accountId, List.copyOf(skus), now));
        refused.sort(Comparator.comparingLong(Refused::number));
        return new Written(createdSkus.size(), updated, refused);
    }

    /** Why a linked product's quantity cannot be set by the distributor. */
    static final String LINKED_QUANTITY = "follows the vendor's stock on a linked product (less the source's stock"
            + " buffer): it cannot be set here";

    public ProductView get(long accountId, String sku) {
        return ProductMapping.view(find(accountId, sku));
    }

    public Page<ProductView> search(long accountId, String q, String category, Boolean linked, PageRequest page) {
        return search(new ProductSearch(accountId, q, category, linked), page);
    }

    /** A page of a search sorted by one of {@link ProductSearch#SORTS} (the admin's catalog list). */
    public Page<ProductView> search(ProductSearch search, PageRequest page) {
        List<ProductView> items = search.items(em)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(ProductMapping::view)
                .toList();
        return new Page<>(items, page.page(), page.size(), search.count(em).getSingleResult());
    }

    /** The products of one variant group (a ring in sizes 5 to 9), by size. */
    public List<ProductView> variants(long accountId, String variantGroup) {
        if (variantGroup == null || variantGroup.isBlank()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT p FROM Product p WHERE p.accountId = :accountId AND p.variantGroup = :group"
                                + " ORDER BY p.size, p.sku",
                        Product.class)
                .setParameter("accountId", accountId)
                .setParameter("group", variantGroup)
                .setMaxResults(200)
                .getResultStream()
                .map(ProductMapping::view)
                .toList();
    }

    /** Changes the fields named in {@code present}; the result must still be a valid product, else nothing changes. */
    public ProductView patch(long accountId, String sku, ProductData patch, Set<String> present) {
        Product row = find(accountId, sku);
        if (present.contains("sku") && !Objects.equals(patch.sku(), row.getSku())) {
            throw new BadInputException("sku", "cannot be changed; create a product with the new SKU instead");
        }
        ProductData merged = ProductMapping.overlay(ProductMapping.data(ProductMapping.view(row)), patch, present);
        List<FieldError> errors = ProductRules.check(merged);
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        if (row.isLinked() && present.contains("quantity") && !Objects.equals(patch.quantity(), row.getQuantity())) {
            throw new BadInputException("quantity", LINKED_QUANTITY);
        }
        Instant now = now();
        boolean inStockBefore = row.getQuantity() > 0;
        ProductMapping.apply(ProductRules.normalize(merged), row);
        row.touch(now);
        if (STOCK_ONLY.containsAll(present) && inStockBefore == row.getQuantity() > 0) {
            stockChanged.fire(new StockChanged(accountId, List.of(row.getSku()), now));
        } else {
            changed.fire(new ProductsChanged(accountId, List.of(row.getSku()), now));
        }
        return ProductMapping.view(row);
    }

    /**
     * Hides or shows the account's products with these SKUs and every product of these variant groups (the admin's
     * bulk action: a selected group acts on all its variants), in one transaction; a SKU or group the account does
     * not have is skipped. Answers how many products changed.
     */
    public int setHidden(long accountId, List<String> skus, List<String> variantGroups, boolean hidden) {
        List<String> bySku = skus == null ? List.of() : skus;
        List<String> byGroup = variantGroups == null ? List.of() : variantGroups;
        if (bySku.size() + byGroup.size() > PageRequest.MAX_SIZE) {
            throw new BadInputException("skus", "at most " + PageRequest.MAX_SIZE + " products at once");
        }
        Set<Product> rows = new LinkedHashSet<>(); // one persistence context: a product read twice is one object
        if (!bySku.isEmpty()) {
            rows.addAll(em.createQuery(
                            "SELECT p FROM Product p WHERE p.accountId = :accountId AND p.sku IN :skus", Product.class)
                    .setParameter("accountId", accountId)
                    .setParameter("skus", bySku)
                    .getResultList());
        }
        if (!byGroup.isEmpty()) {
            rows.addAll(em.createQuery(
                            "SELECT p FROM Product p WHERE p.accountId = :accountId AND p.variantGroup IN :groups",
                            Product.class)
                    .setParameter("accountId", accountId)
                    .setParameter("groups", byGroup)
                    .getResultList());
        }
        Instant now = now();
        List<String> changedSkus = new ArrayList<>();
        for (Product row : rows) {
            if (row.isHidden() != hidden) {
                row.setHidden(hidden);
                row.touch(now);
                changedSkus.add(row.getSku());
            }
        }
        if (!changedSkus.isEmpty()) {
            changed.fire(new ProductsChanged(accountId, changedSkus, now));
        }
        return changedSkus.size();
    }

    /** Deletes a product and leaves a tombstone, so that feeds' {@code since} answers mark it removed. */
    public void delete(long accountId, String sku) {
        Product row = find(accountId, sku);
        Instant now = now();
        em.remove(row);
        forgetRemovals(accountId, List.of(row.getSku()));
        em.persist(new ProductRemoval(accountId, row.getSku(), now));
        changed.fire(new ProductsChanged(accountId, List.of(row.getSku()), now));
    }

    private Product find(long accountId, String sku) {
        return em.createNamedQuery(Product.BY_SKU, Product.class)
                .setParameter("accountId", accountId)
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("product"));
    }

    private void forgetRemovals(long accountId, List<String> skus) {
        if (!skus.isEmpty()) {
            em.createQuery("DELETE FROM ProductRemoval r WHERE r.accountId = :accountId AND r.sku IN :skus")
                    .setParameter("accountId", accountId)
                    .setParameter("skus", skus)
                    .executeUpdate();
        }
    }

    /** Database time has microseconds: an instant handed out must compare equal to the stored one. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** One product to write and its number in the caller's input (JSON index or CSV row). */
    public record Item(long number, ProductData data) {}

    /** One broken rule of one refused item. */
    public record Refused(long number, String field, String message) {}

    /** Items checked by the rules: the good ones normalized, and the refusals of the others. */
    public record Checked(List<Item> good, List<Refused> refused) {}

    /** What an upsert wrote and refused. */
    public record Written(int created, int updated, List<Refused> refused) {}
}
