package io.gemlink.catalog.web;

import io.gemlink.catalog.api.Category;
import io.gemlink.catalog.api.ProductView;
import io.gemlink.catalog.boundary.CatalogService;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.web.admin.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The catalog list: search, category filter, lazy paging from the database, thumbnails. */
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
    private LazyDataModel<ProductView> products;

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
                    int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
                Page<ProductView> page = page(accountId, first / Math.max(1, pageSize), pageSize);
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(ProductView product) {
                return product.sku();
            }
        };
    }

    private Page<ProductView> page(long accountId, int page, int size) {
        return catalog.search(accountId, q, category, linked, PageRequest.of(page, size));
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

    public Boolean getLinked() {
        return linked;
    }

    public void setLinked(Boolean linked) {
        this.linked = linked;
    }
}
