package io.gemlink.feeds.web;

import io.gemlink.feeds.api.FeedView;
import io.gemlink.feeds.boundary.FeedService;
import io.gemlink.web.admin.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The vendor's feeds. */
@Named
@RequestScoped
public class FeedListBacking {

    @EJB
    FeedService feeds;

    @Inject
    CurrentUser currentUser;

    private List<FeedView> list;

    public List<FeedView> getFeeds() {
        if (list == null) {
            list = feeds.list(currentUser.accountId());
        }
        return list;
    }
}
