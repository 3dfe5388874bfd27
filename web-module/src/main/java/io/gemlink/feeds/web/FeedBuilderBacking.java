package io.gemlink.feeds.web;

import io.gemlink.catalog.api.Category;
import io.gemlink.catalog.api.Metal;
import io.gemlink.feeds.api.FeedDefinition;
import io.gemlink.feeds.api.FeedView;
import io.gemlink.feeds.api.GrantCreated;
import io.gemlink.feeds.api.GrantView;
import io.gemlink.feeds.boundary.FeedDelivery;
import io.gemlink.feeds.boundary.FeedService;
import io.gemlink.feeds.boundary.GrantService;
import io.gemlink.feeds.control.FeedFields;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.web.admin.CurrentUser;
import io.gemlink.web.admin.FieldErrors;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The feed builder: definition with a live preview, and the feed's grants (token and URL shown once, revoke). */
@Named
@ViewScoped
public class FeedBuilderBacking implements Serializable {

    /** The form's input for each field whose name differs from the input's id. */
    private static final Map<String, String> INPUTS = Map.of("markupPercent", "markup");

    /** The same for the grant form. */
    private static final Map<String, String> GRANT_INPUTS = Map.of("distributorPublicId", "distributor");

    @EJB
    FeedService feeds;

    @EJB
    FeedDelivery delivery;

    @EJB
    GrantService grants;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private FeedForm form;
    private List<JsonObject> previewRows = List.of();
    private String previewJson;
    private String distributorPublicId;
    private GrantCreated newGrant;

    /** Called by f:viewAction once the id view parameter is set. */
    public void load() {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new FeedForm();
            return;
        }
        try {
            form = FeedForm.of(feeds.get(currentUser.accountId(), id));
        } catch (NotFoundException e) {
            id = null;
            form = new FeedForm();
            message(FacesMessage.SEVERITY_WARN, "No such feed; you can build a new one here.");
        }
    }

    /** Re-renders the preview from the form as it is now, saved or not. */
    public void preview() {
        try {
            FeedDefinition d = form.definition();
            if (d.name() == null || d.name().isBlank()) { // a draft needs no name to be previewed
                d = new FeedDefinition("(draft)", d.format(), d.fields(), d.filter(), d.pricing());
            }
            previewJson = delivery.preview(currentUser.accountId(), d, 20);
            try (JsonReader reader = Json.createReader(new StringReader(previewJson))) {
                previewRows = reader.readObject().getJsonArray("products").getValuesAs(JsonObject.class);
            }
        } catch (BadInputException e) {
            previewRows = List.of();
            e.errors().forEach(err -> FieldErrors.show("feed", err.field(), err.message(), INPUTS));
        }
    }

    public void save() {
        try {
            FeedView saved = id == null
                    ? feeds.create(currentUser.accountId(), form.definition())
                    : feeds.update(currentUser.accountId(), id, form.definition());
            id = saved.id();
            form = FeedForm.of(saved);
            message(FacesMessage.SEVERITY_INFO, "Feed \"" + saved.name() + "\" saved.");
            preview();
        } catch (BadInputException e) {
            e.errors().forEach(err -> FieldErrors.show("feed", err.field(), err.message(), INPUTS));
        }
    }

    public void grant() {
        try {
            GrantCreated created = grants.grant(currentUser.accountId(), id, distributorPublicId);
            newGrant = new GrantCreated(created.id(), created.distributorPublicId(), created.token(), feedUrl());
            distributorPublicId = null;
        } catch (BadInputException e) {
            e.errors().forEach(err -> FieldErrors.show("grant", err.field(), err.message(), GRANT_INPUTS));
        } catch (ConflictException e) {
            message(FacesMessage.SEVERITY_ERROR, "Distributor: " + e.getMessage());
        }
    }

    public void revoke(long grantId) {
        grants.revoke(currentUser.accountId(), id, grantId);
        message(FacesMessage.SEVERITY_INFO, "Grant revoked: its token no longer works.");
    }

    public List<GrantView> getGrants() {
        return id == null ? List.of() : grants.list(currentUser.accountId(), id);
    }

    private String feedUrl() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/feeds/" + id;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** A preview cell as text (numbers and lists as JSON, text as is). */
    public String cell(JsonObject row, String field) {
        if (!row.containsKey(field) || row.isNull(field)) {
            return "";
        }
        return row.get(field) instanceof jakarta.json.JsonString s
                ? s.getString()
                : row.get(field).toString();
    }

    public List<String> getOptionalFields() {
        return FeedFields.OPTIONAL;
    }

    public List<String> getCategories() {
        return Arrays.stream(Category.values()).map(Enum::name).toList();
    }

    public List<String> getMetals() {
        return Arrays.stream(Metal.values()).map(Enum::name).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FeedForm getForm() {
        return form;
    }

    public List<JsonObject> getPreviewRows() {
        return previewRows;
    }

    public String getPreviewJson() {
        return previewJson;
    }

    public String getDistributorPublicId() {
        return distributorPublicId;
    }

    public void setDistributorPublicId(String v) {
        distributorPublicId = v;
    }

    public GrantCreated getNewGrant() {
        return newGrant;
    }
}
