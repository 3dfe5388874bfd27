package io.gemlink.orders.web;

import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderListQuery;
import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.api.OrderView;
import io.gemlink.orders.boundary.OrderQueries;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The orders list, paged, sorted and searched in the database (orders-module {@link OrderQueries#search}),
 * filtered by channel, status and whether the order needs the account's action (the vendor's dropship orders are
 * channel DROPSHIPPING). {@code ?status=}, {@code ?channel=}, {@code ?needsAction=} and {@code ?backordered=}
 * (own orders with a backordered line still to be shipped, as the distributor's dashboard counts them) come from the
 * dashboards' links; an unknown code there shows every order rather than an error.
 */
@Named
@ViewScoped
public class OrdersBacking implements Serializable {

    @EJB
    OrderQueries queries;

    @Inject
    CurrentUser currentUser;

    private String channel = "";
    private String status = "";
    private boolean needsAction;
    private boolean backordered;
    private String q;
    private long total;
    private LazyDataModel<OrderView> orders;

    @PostConstruct
    void init() {
        long accountId = currentUser.accountId();
        orders = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) page(accountId, ListSort.of(null, "createdAt", false), 0, 1)
                        .total();
            }

            @Override
            public List<OrderView> load(
                    int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
                int size = Math.max(1, pageSize);
                Page<OrderView> page = page(accountId, ListSort.of(sort, "createdAt", false), first / size, size);
                total = page.total();
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(OrderView order) {
                return Long.toString(order.id());
            }
        };
    }

    private Page<OrderView> page(long accountId, ListSort sort, int page, int size) {
        OrderListQuery query = new OrderListQuery(
                known(Channel.class, channel),
                known(OrderStatus.class, status),
                needsAction,
                backordered,
                q,
                sort.key(),
                sort.ascending());
        return queries.search(accountId, query, PageRequest.of(page, size));
    }

    private static <E extends Enum<E>> String known(Class<E> type, String code) {
        return code != null
                        && Arrays.stream(type.getEnumConstants())
                                .anyMatch(c -> c.name().equals(code))
                ? code
                : "";
    }

    public LazyDataModel<OrderView> getOrders() {
        return orders;
    }

    /** "1,234 orders", "3 backordered orders" — the filtered list's size, as the last page load counted it. */
    public String getTotalText() {
        return NumberFormat.getIntegerInstance(Locale.US).format(total)
                + (backordered ? " backordered" : "")
                + (total == 1 ? " order" : " orders");
    }

    public boolean isFiltered() {
        return !known(Channel.class, channel).isEmpty()
                || !known(OrderStatus.class, status).isEmpty()
                || needsAction
                || backordered
                || (q != null && !q.isBlank());
    }

    /** What an empty list says: whether the search or a filter is the cause, and what to do. */
    public String getEmptyMessage() {
        if (backordered) {
            return "No backordered orders: every line of your orders was covered from stock or is closed."
                    + " \"Show all\" lists every order.";
        }
        return isFiltered()
                ? "No orders match this search or filter. Clear it (\"Show all\") to see every order."
                : "No orders yet. Orders arrive from your channels and the partner API; add one with"
                        + " \"New manual order\".";
    }

    public void filter() {
        // the table reloads its page from the database with the new filters (update="list")
    }

    public String clear() {
        return "/admin/orders/orders?faces-redirect=true";
    }

    /** "AU-100001: Processing, BS-100002: Skipped" — the state of each vendor's part. */
    public String dropshipSummary(OrderView order) {
        return order.dropship() == null
                ? ""
                : order.dropship().stream()
                        .map(p -> p.vendorPublicId() + ": " + Labels.label(p.status()))
                        .collect(Collectors.joining(", "));
    }

    public List<Channel> getChannels() {
        return Arrays.asList(Channel.values());
    }

    public List<OrderStatus> getStatuses() {
        return Arrays.asList(OrderStatus.values());
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel == null ? "" : channel.strip().toUpperCase(Locale.ROOT);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
    }

    public boolean isNeedsAction() {
        return needsAction;
    }

    public void setNeedsAction(boolean needsAction) {
        this.needsAction = needsAction;
    }

    public boolean isBackordered() {
        return backordered;
    }

    public void setBackordered(boolean backordered) {
        this.backordered = backordered;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
