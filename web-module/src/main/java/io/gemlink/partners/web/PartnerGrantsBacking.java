package io.gemlink.partners.web;

import io.gemlink.feeds.api.BulkRevocation;
import io.gemlink.feeds.api.GrantListItem;
import io.gemlink.feeds.boundary.GrantRevocations;
import io.gemlink.feeds.boundary.GrantService;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.web.admin.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The Partners screen's list of the vendor's live grants, paged in the database, and revoking a selection of them
 * at once: "Revoke selected" asks how many (the count of the selection as the server read it), "Yes" revokes them
 * through {@link GrantRevocations#revokeSelected}, which reads the ids again scoped to the signed-in vendor and revokes
 * all of them in one transaction or none.
 */
@Named
@ViewScoped
public class PartnerGrantsBacking implements Serializable {

    @EJB
    GrantService grants;

    @EJB
    GrantRevocations revocations;

    @Inject
    CurrentUser currentUser;

    private LazyDataModel<GrantListItem> model;
    private List<GrantListItem> selected = new ArrayList<>();
    private List<Long> pending = List.of();

    @PostConstruct
    void init() {
        long accountId = currentUser.accountId();
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) grants.live(accountId, PageRequest.of(0, 1)).total();
            }

            @Override
            public List<GrantListItem> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
                int size = Math.max(1, pageSize);
                Page<GrantListItem> page = grants.live(accountId, PageRequest.of(first / size, size));
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(GrantListItem item) {
                return Long.toString(item.grant().id());
            }

            @Override
            public GrantListItem getRowData(String rowKey) {
                // the selection of the page on screen: the rows the last load answered for this vendor
                return getWrappedData() == null
                        ? null
                        : getWrappedData().stream()
                                .filter(g -> getRowKey(g).equals(rowKey))
                                .findFirst()
                                .orElse(null);
            }
        };
    }

    /** "Revoke selected": nothing selected is a message; else the confirmation opens, saying how many. */
    public void askRevoke() {
        pending = selected.stream().map(g -> g.grant().id()).distinct().toList();
        if (pending.isEmpty()) {
            message(FacesMessage.SEVERITY_WARN, "Select the grants to revoke first: nothing was revoked.");
            return;
        }
        PrimeFaces.current().ajax().addCallbackParam("confirmRevoke", true);
    }

    /** The confirmation's "Yes": revokes what was asked about, all or none. */
    public void revokePending() {
        if (pending.isEmpty()) {
            message(FacesMessage.SEVERITY_WARN, "Select the grants to revoke first: nothing was revoked.");
            return;
        }
        try {
            BulkRevocation done = revocations.revokeSelected(currentUser.accountId(), pending);
            message(
                    FacesMessage.SEVERITY_INFO,
                    grantsText(done.revoked()) + " revoked: their tokens no longer work."
                            + (done.alreadyRevoked() == 0
                                    ? ""
                                    : " " + grantsText(done.alreadyRevoked()) + " had been revoked already."));
        } catch (NotFoundException e) {
            message(
                    FacesMessage.SEVERITY_ERROR,
                    "Some of the selected grants no longer exist (their feed was deleted?): nothing was revoked."
                            + " Select again.");
        } catch (BadInputException e) {
            message(FacesMessage.SEVERITY_ERROR, e.errors().get(0).message() + ": nothing was revoked.");
        }
        pending = List.of();
        selected = new ArrayList<>();
    }

    /** The confirmation's question. */
    public String getQuestion() {
        return "Revoke " + grantsText(pending.size()) + "?";
    }

    private static String grantsText(int n) {
        return n + (n == 1 ? " grant" : " grants");
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public LazyDataModel<GrantListItem> getModel() {
        return model;
    }

    public List<GrantListItem> getSelected() {
        return selected;
    }

    public void setSelected(List<GrantListItem> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public int getPendingCount() {
        return pending.size();
    }
}
