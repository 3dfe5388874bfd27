package io.gemlink.catalog.web;

import io.gemlink.catalog.api.Category;
import io.gemlink.catalog.api.ProductGroup;
import io.gemlink.catalog.api.ProductView;
import io.gemlink.catalog.boundary.CatalogGroups;
import io.gemlink.catalog.boundary.CatalogService;
import io.gemlink.catalog.control.ProductSearch;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.web.admin.CsvExport;
import io.gemlink.web.admin.CurrentUser;
import io.gemlink.web.admin.Labels;
import io.gemlink.web.admin.ListSort;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The catalog list, one row per product: a variant group (a ring in sizes 5 to 9) is one product, with its number of
 * sizes, its stock together and its price range, and opens to show each variant; a product without a group is its
 * own row. Search, category filter, sorting and paging in the database ({@link CatalogGroups}), thumbnails, a
 * total; the selected rows can be hidden, shown again or exported as CSV, a selected group with all its variants.
 * A group that the search found by some of its variants only opens with them marked. {@code ?lowStock=true} (the
 * vendor dashboard's link) keeps the own products with {@link ProductSearch#LOW_STOCK} or fewer left that
 * distributors link to.
 */
@Named
@ViewScoped
public class ProductListBacking implements Serializable {

    @EJB
    CatalogService catalog;

    @EJB
    CatalogGroups groups;

    @Inject
    CurrentUser currentUser;

    private String q;
    private String category;
    private Boolean linked;
    private boolean lowStock;
    private LazyDataModel<ProductGroup> products;
    private ListSort sort = new ListSort(null, false);
    private ProductGroup.Totals totals = new ProductGroup.Totals(0, 0);
    private List<ProductGroup> selected = new ArrayList<>();

    @PostConstruct
    void init() {
        long accountId = currentUser.accountId();
        products = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) groups.totals(search(accountId)).products();
            }

            @Override
            public List<ProductGroup> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
                sort = ListSort.of(sortBy, null, false);
                // the total every time: PrimeFaces asks count() only when the first page is full, and keeps the
                // row count of the load before otherwise
                totals = groups.totals(search(accountId));
                setRowCount((int) totals.products());
                int size = Math.max(1, pageSize);
                return groups.page(search(accountId), PageRequest.of(first / size, size));
            }

            @Override
            public String getRowKey(ProductGroup product) {
                return Long.toString(product.id());
            }

            @Override
            public ProductGroup getRowData(String rowKey) {
                // the selection of the page on screen: the rows the last load answered
                return getWrappedData() == null
                        ? null
                        : getWrappedData().stream()
                                .filter(p -> getRowKey(p).equals(rowKey))
                                .findFirst()
                                .orElse(null);
            }
        };
    }

    private ProductSearch search(long accountId) {
        return new ProductSearch(accountId, q, category, linked, lowStock, sort.key(), sort.ascending());
    }

    /**
     * "1,234 products", or "2 low-stock products" with {@code ?lowStock=true} (the vendor dashboard's link); a
     * variant group counts as one product, and the SKUs found follow when they are more: "3 products (5 SKUs)".
     */
    public String getTotalText() {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.US);
        long n = totals.products();
        return number.format(n)
                + (lowStock ? " low-stock" : "")
                + (n == 1 ? " product" : " products")
                + (totals.skus() == n ? "" : " (" + number.format(totals.skus()) + " SKUs)");
    }

    public void search() {
        selected = new ArrayList<>();
    }

    public void hideSelected() {
        changeHidden(true);
    }

    public void unhideSelected() {
        changeHidden(false);
    }

    private void changeHidden(boolean hidden) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (selected.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Select products first.", null));
            return;
        }
        List<String> skus = selected.stream()
                .filter(g -> !g.grouped())
                .map(ProductGroup::name)
                .toList();
        List<String> variantGroups = selected.stream()
                .filter(ProductGroup::grouped)
                .map(ProductGroup::variantGroup)
                .toList();
        int changed = catalog.setHidden(currentUser.accountId(), skus, variantGroups, hidden);
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        (hidden ? "Hidden: " : "Shown again: ") + changed + (changed == 1 ? " product." : " products."),
                        null));
        selected = new ArrayList<>();
    }

    /** The selected rows as CSV, one line per variant, in the catalog's import layout for the columns shown. */
    public StreamedContent getExport() {
        List<List<String>> rows = selected.stream()
                .flatMap(g -> g.variants().stream())
                .map(p -> List.of(
                        p.sku(),
                        text(p.title()),
                        p.category() == null ? "" : p.category().name(),
                        p.metal() == null ? "" : p.metal().name(),
                        text(p.purity()),
                        p.price() == null ? "" : p.price().toPlainString(),
                        text(p.currency()),
                        Integer.toString(p.quantity()),
                        text(p.variantGroup()),
                        text(p.size()),
                        p.hidden() ? "true" : "false"))
                .toList();
        return CsvExport.of(
                "catalog.csv",
                List.of(
                        "sku",
                        "title",
                        "category",
                        "metal",
                        "purity",
                        "price",
                        "currency",
                        "quantity",
                        "variantGroup",
                        "size",
                        "hidden"),
                rows);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String money(ProductView p) {
        return Labels.formatMoney(p.price(), p.currency());
    }

    /** "$120.00", or a group's range "$120.00–$140.00"; "Several currencies" when its variants differ in that. */
    public String price(ProductGroup g) {
        if (g.currency() == null) {
            return g.minPrice() == null ? "" : "Several currencies";
        }
        String low = Labels.formatMoney(g.minPrice(), g.currency());
        return g.minPrice().compareTo(g.maxPrice()) == 0
                ? low
                : low + "–" + Labels.formatMoney(g.maxPrice(), g.currency());
    }

    /**
     * A group's variants: "5 sizes: 5–9" when each has its own size (ordered as numbers where they are), else
     * "3 variants"; a product without a group: its size, if any.
     */
    public String variants(ProductGroup g) {
        if (!g.grouped()) {
            return g.first() == null || g.first().size() == null
                    ? ""
                    : "Size " + g.first().size();
        }
        List<String> sizes = g.variants().stream()
                .map(ProductView::size)
                .filter(s -> s != null && !s.isBlank())
                .distinct()
                .toList();
        long n = g.variantCount();
        if (sizes.size() == n && n == g.variants().size()) {
            return n
                    + (n == 1
                            ? " size: " + sizes.get(0)
                            : " sizes: " + sizes.get(0) + "–" + sizes.get(sizes.size() - 1));
        }
        return n + (n == 1 ? " variant" : " variants");
    }

    /** "Hidden" when every variant is, "2 of 3 hidden" when some are, else nothing. */
    public String hiddenText(ProductGroup g) {
        if (g.hiddenCount() == 0) {
            return "";
        }
        return g.hiddenCount() == g.variantCount() ? "Hidden" : g.hiddenCount() + " of " + g.variantCount() + " hidden";
    }

    /** Whether the row opens at once: the search found some of the group's variants, not all. */
    public boolean expanded(ProductGroup g) {
        return g.partlyMatched();
    }

    public boolean matches(ProductGroup g, ProductView v) {
        return g.matches().contains(v.sku());
    }

    public List<ProductGroup> getSelected() {
        return selected;
    }

    public void setSelected(List<ProductGroup> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    /** The first picture of the product, or of the first variant of the group that has one. */
    public String thumbnail(ProductGroup product) {
        return product.variants().stream()
                .filter(v -> v.images() != null && !v.images().isEmpty())
                .map(v -> v.images().get(0))
                .findFirst()
                .orElse(null);
    }

    public List<Category> getCategories() {
        return List.of(Category.values());
    }

    /** What an empty table says: whether the search or a filter is the cause, and what to do. */
    public String getEmptyMessage() {
        if (lowStock) {
            return "No low-stock products: none of your products that distributors link to has "
                    + ProductSearch.LOW_STOCK + " or fewer left.";
        }
        boolean filtered = (q != null && !q.isBlank()) || (category != null && !category.isBlank()) || linked != null;
        return filtered
                ? "No products match this search or filter. Clear it to see every product."
                : "No products yet. Add one with \"New product\" or upload a catalog with \"Import CSV\".";
    }

    public LazyDataModel<ProductGroup> getProducts() {
        return products;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public boolean isLowStock() {
        return lowStock;
    }

    public void setLowStock(boolean lowStock) {
        this.lowStock = lowStock;
    }

    public Boolean getLinked() {
        return linked;
    }

    public void setLinked(Boolean linked) {
        this.linked = linked;
    }
}
