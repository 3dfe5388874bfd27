package io.gemlink.linking.web;

import io.gemlink.linking.api.LinkedProductView;
import io.gemlink.linking.boundary.ImportRunService;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.web.admin.CsvExport;
import io.gemlink.web.admin.CurrentUser;
import io.gemlink.web.admin.Labels;
import io.gemlink.web.admin.ListSort;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
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
 * The distributor's linked products from every source: vendor, price, stock and freshness, searched, sorted and
 * paged in the database; the selected rows export as CSV.
 */
@Named
@ViewScoped
public class LinkedProductsBacking implements Serializable {

    @EJB
    ImportRunService runs;

    @Inject
    CurrentUser currentUser;

    private String q;
    private long total;
    private List<LinkedProductView> selected = new ArrayList<>();
    private LazyDataModel<LinkedProductView> products;

    @PostConstruct
    void init() {
        long accountId = currentUser.accountId();
        products = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) runs.linkedProducts(accountId, q, null, true, PageRequest.of(0, 1))
                        .total();
            }

            @Override
            public List<LinkedProductView> load(
                    int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
                int size = Math.max(1, pageSize);
                ListSort by = ListSort.of(sort, "sku", true);
                Page<LinkedProductView> page =
                        runs.linkedProducts(accountId, q, by.key(), by.ascending(), PageRequest.of(first / size, size));
                total = page.total();
                setRowCount((int) total);
                return page.items();
            }

            @Override
            public String getRowKey(LinkedProductView product) {
                return product.sku();
            }

            @Override
            public LinkedProductView getRowData(String rowKey) {
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

    public LazyDataModel<LinkedProductView> getProducts() {
        return products;
    }

    public String getTotalText() {
        return NumberFormat.getIntegerInstance(Locale.US).format(total)
                + (total == 1 ? " linked product" : " linked products");
    }

    public String getEmptyMessage() {
        return q != null && !q.isBlank()
                ? "No linked product matches this search. Clear the search to see them all."
                : "No linked products yet: add an import source and run it.";
    }

    public void search() {
        selected = new ArrayList<>();
    }

    /** The selected rows as CSV: what a distributor hands to a channel or a colleague. */
    public StreamedContent getExport() {
        List<List<String>> rows = selected.stream()
                .map(p -> List.of(
                        p.sku(),
                        p.title() == null ? "" : p.title(),
                        p.link() == null ? "" : p.link().vendorPublicId(),
                        p.link() == null ? "" : p.link().vendorSku(),
                        p.price() == null ? "" : p.price().toPlainString(),
                        p.currency() == null ? "" : p.currency(),
                        Integer.toString(p.quantity()),
                        p.hidden() ? "yes" : "no",
                        p.link() == null || p.link().lastSyncedAt() == null
                                ? ""
                                : p.link().lastSyncedAt().toString()))
                .toList();
        return CsvExport.of(
                "linked-products.csv",
                List.of(
                        "sku",
                        "title",
                        "vendor",
                        "vendorSku",
                        "price",
                        "currency",
                        "quantity",
                        "hidden",
                        "confirmedAt"),
                rows);
    }

    public String money(LinkedProductView p) {
        return Labels.formatMoney(p.price(), p.currency());
    }

    public List<LinkedProductView> getSelected() {
        return selected;
    }

    public void setSelected(List<LinkedProductView> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
