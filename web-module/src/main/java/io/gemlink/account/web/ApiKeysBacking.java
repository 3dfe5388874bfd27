package io.gemlink.account.web;

import io.gemlink.account.api.ApiKeyCreated;
import io.gemlink.account.api.ApiKeyView;
import io.gemlink.account.boundary.ApiKeyService;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.web.admin.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The API keys page: the account's keys, a new one shown once, deleting one after a confirmation. */
@Named
@ViewScoped
public class ApiKeysBacking implements Serializable {

    @EJB
    ApiKeyService apiKeys;

    @Inject
    CurrentUser currentUser;

    private String name;
    private transient ApiKeyCreated created;
    private transient List<ApiKeyView> keys;

    public List<ApiKeyView> getKeys() {
        if (keys == null) {
            keys = apiKeys.list(currentUser.accountId());
        }
        return keys;
    }

    public void create() {
        try {
            created = apiKeys.create(currentUser.accountId(), name);
            name = null;
            keys = null;
        } catch (BadInputException e) {
            e.errors().forEach(err -> message(FacesMessage.SEVERITY_ERROR, "Name: " + err.message()));
        } catch (ConflictException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage() + ".");
        }
    }

    public void delete(long id) {
        try {
            apiKeys.revoke(currentUser.accountId(), id);
            message(FacesMessage.SEVERITY_INFO, "API key deleted: requests with it are refused from now on.");
        } catch (NotFoundException e) {
            message(FacesMessage.SEVERITY_WARN, "That API key was already deleted.");
        }
        created = null;
        keys = null;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** The key just created, shown this once (null otherwise). */
    public ApiKeyCreated getCreated() {
        return created;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
