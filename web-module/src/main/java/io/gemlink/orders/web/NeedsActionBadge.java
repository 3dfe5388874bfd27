package io.gemlink.orders.web;

import io.gemlink.orders.boundary.OrderQueries;
import io.gemlink.web.admin.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The navigation's badge: how many of the signed-in account's orders wait for its action, counted once a request. */
@Named
@RequestScoped
public class NeedsActionBadge {

    @EJB
    OrderQueries queries;

    @Inject
    CurrentUser currentUser;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = queries.needingAction(currentUser.accountId());
        }
        return count;
    }
}
