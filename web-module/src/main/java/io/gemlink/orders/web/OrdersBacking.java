package io.gemlink.orders.web;

import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.api.OrderView;
import io.gemlink.orders.boundary.OrderQueries;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.web.admin.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The orders list, filtered by channel, status and whether the order needs the account's action (the vendor's
 * dropship orders are channel DROPSHIPPING).
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
    private List<OrderView> orders;

    public List<OrderView> getOrders() {
        if (orders == null) {
            orders = queries.list(
                            currentUser.accountId(),
                            channel,
                            status,
                            Boolean.toString(needsAction),
                            PageRequest.of(0, PageRequest.MAX_SIZE))
                    .items();
        }
        return orders;
    }

    public void filter() {
        orders = null;
    }

    /** "AU-100001: PROCESSING, BS-100002: SKIPPED" — the state of each vendor's part. */
    public String dropshipSummary(OrderView order) {
        return order.dropship() == null
                ? ""
                : order.dropship().stream()
                        .map(p -> p.vendorPublicId() + ": " + p.status())
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
        this.channel = channel;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isNeedsAction() {
        return needsAction;
    }

    public void setNeedsAction(boolean needsAction) {
        this.needsAction = needsAction;
    }
}
