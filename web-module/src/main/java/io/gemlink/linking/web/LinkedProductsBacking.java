package io.gemlink.linking.web;

import io.gemlink.linking.api.LinkedProductView;
import io.gemlink.linking.boundary.ImportRunService;
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

/** The distributor's linked products from every source: vendor, price, stock and freshness, paged in the database. */
@Named
@ViewScoped
public class LinkedProductsBacking implements Serializable {

    @EJB
    ImportRunService runs;

    @Inject
    CurrentUser currentUser;

    private LazyDataModel<LinkedProductView> products;

    @PostConstruct
    void init() {
        long accountId = currentUser.accountId();
        products = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int)
                        runs.linkedProducts(accountId, PageRequest.of(0, 1)).total();
            }

            @Override
            public List<LinkedProductView> load(
                    int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
                int size = Math.max(1, pageSize);
                return runs.linkedProducts(accountId, PageRequest.of(first / size, size))
                        .items();
            }

            @Override
            public String getRowKey(LinkedProductView product) {
                return product.sku();
            }
        };
    }

    public LazyDataModel<LinkedProductView> getProducts() {
        return products;
    }
}
