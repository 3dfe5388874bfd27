package io.gemlink.orders.web;

import io.gemlink.orders.api.OrderView;
import io.gemlink.orders.boundary.DropshipMirroring;
import io.gemlink.orders.boundary.OrderQueries;
import io.gemlink.web.admin.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One order of the user's account: lines, address, and each vendor's part with a retry for skipped ones. */
@Named
@ViewScoped
public class OrderBacking implements Serializable {

    @EJB
    OrderQueries queries;

    @EJB
    DropshipMirroring mirroring;

    @Inject
    CurrentUser currentUser;

    private long id;
    private OrderView order;

    /** Loads the order named by ?id=; another account's id is "not found" like a missing one. */
    public void load() {
        order = queries.get(currentUser.accountId(), id);
    }

    public void retry() {
        mirroring.retrySkipped(currentUser.accountId(), id);
        load();
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Dropship parts mirrored again.", null));
    }

    public boolean isRetryable() {
        return order != null
                && order.dropship() != null
                && order.dropship().stream().anyMatch(p -> "SKIPPED".equals(p.status()));
    }

    public OrderView getOrder() {
        return order;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
