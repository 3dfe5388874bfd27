package io.gemlink.partners.web;

import io.gemlink.web.admin.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The Partners screen: the same list as {@code GET /api/v1/connections}, with a button to end one. */
@Named
@RequestScoped
public class PartnersBacking {

    @Inject
    Partners partners;

    @Inject
    CurrentUser currentUser;

    private List<Connection> list;

    public List<Connection> getConnections() {
        if (list == null) {
            list = partners.of(currentUser.accountId());
        }
        return list;
    }

    public void end(Connection connection) {
        partners.end(currentUser.accountId(), connection.partnerPublicId());
        list = null;
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                "Relationship with " + connection.partnerName() + " ended",
                                null));
    }
}
