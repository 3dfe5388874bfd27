package io.gemlink.account.web;

import io.gemlink.account.api.ActivityView;
import io.gemlink.account.boundary.ActivityService;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.web.admin.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The account page: who we are and what the platform did for us lately. */
@Named
@RequestScoped
public class AccountBacking {

    @EJB
    ActivityService activity;

    @Inject
    CurrentUser currentUser;

    private List<ActivityView> recent;

    public List<ActivityView> getRecentActivity() {
        if (recent == null) {
            recent = activity.list(currentUser.accountId(), PageRequest.of(0, 100))
                    .items();
        }
        return recent;
    }
}
