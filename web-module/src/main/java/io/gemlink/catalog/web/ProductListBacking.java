package io.gemlink.catalog.web;

import io.gemlink.catalog.api.Category;
import io.gemlink.catalog.api.ProductView;
import io.gemlink.catalog.boundary.CatalogService;
import io.gemlink.catalog.control.ProductSearch;
import io.gemlink.platform.api.Page;
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
 * The catalog list: search, category filter, sorting and paging in the database, thumbnails, a total; the selected
 * rows can be hidden, shown again or exported as CSV. {@code ?lowStock=true} (the vendor dashboard's link) keeps the
 * own products with {@link ProductSearch#LOW_STOCK} or fewer left that distributors link to.
 */
@Named
@ViewScoped
public class ProductListBacking implements Serializable {

    @EJB
    CatalogService catalog;

    @Inject
    CurrentUser currentUser;

    private String q;
    private String category;
    private Boolean linked;
    private boolean lowStock;
    private LazyDataModel<ProductView> products;
    private ListSort sort = new ListSort(null, false);
    private long total;
    private List<ProductView> selected = new ArrayList<>();

    @PostConstruct
    void init() {
        long accountId = currentUser.accountId();
        products = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) page(accountId, 0, 1).total();
            }

            @Override
            public List<ProductView> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
                sort = ListSort.of(sortBy, null, false);
                Page<ProductView> page = page(accountId, first / Math.max(1, pageSize), pageSize);
                total = page.total();
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(ProductView product) {
                return product.sku();
            }

            @Override
            public ProductView getRowData(String rowKey) {
                // the selection of the page on screen: the rows the last load answered
                return getWrappedData() == null
                        ? null
                        : getWrappedData().stream()
                                .filter(p -> p.sku().equals(rowKey))
                                .findFirst()
                                .orElse(null);
            }
        };
    }

    private Page<ProductView> page(long accountId, int page, int size) {
        return catalog.search(
                new ProductSearch(accountId, q, category, linked, lowStock, sort.key(), sort.ascending()),
                PageRequest.of(page, size));
    }

    /** "1,234 products", or "2 low-stock products" with {@code ?lowStock=true} (the vendor dashboard's link). */
    public String getTotalText() {
        return NumberFormat.getIntegerInstance(Locale.US).format(total)
                + (lowStock ? " low-stock" : "")
                + (total == 1 ? " product" : " products");
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
        int changed = catalog.setHidden(
                currentUser.accountId(), selected.stream().map(ProductView::sku).toList(), hidden);
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        (hidden ? "Hidden: " : "Shown again: ") + changed + (changed == 1 ? " product." : " products."),
                        null));
        selected = new ArrayList<>();
    }

    /** The selected rows as CSV, in the catalog's import layout for the columns shown. */
    public StreamedContent getExport() {
        List<List<String>> rows = selected.stream()
                .map(p -> List.of(
                        p.sku(),
                        text(p.title()),
                        p.category() == null ? "" : p.category().name(),
                        p.metal() == null ? "" : p.metal().name(),
                        text(p.purity()),
                        p.price() == null ? "" : p.price().toPlainString(),
                        text(p.currency()),
                        Integer.toString(p.quantity()),
                        p.hidden() ? "true" : "false"))
                .toList();
        return CsvExport.of(
                "catalog.csv",
                List.of("sku", "title", "category", "metal", "purity", "price", "currency", "quantity", "hidden"),
                rows);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String money(ProductView p) {
        return Labels.formatMoney(p.price(), p.currency());
    }

    public List<ProductView> getSelected() {
        return selected;
    }

    public void setSelected(List<ProductView> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public String thumbnail(ProductView product) {
        return product.images() == null || product.images().isEmpty()
                ? null
                : product.images().get(0);
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

    public LazyDataModel<ProductView> getProducts() {
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
