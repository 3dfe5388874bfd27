package io.gemlink.account.web;

import io.gemlink.account.api.DropshippingSettingsView;
import io.gemlink.account.boundary.SettingsService;
import io.gemlink.account.control.ExtendedFieldNameRules;
import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.boundary.DropshipReadiness;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.web.admin.CurrentUser;
import io.gemlink.web.admin.FieldErrors;
import io.gemlink.web.admin.Labels;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The dropshipping settings page, with the account's own name for its shipments' extended field 1. */
@Named
@ViewScoped
public class DropshippingSettingsBacking implements Serializable {

    @EJB
    SettingsService settings;

    @EJB
    DropshipReadiness readiness;

    @Inject
    CurrentUser currentUser;

    /** The page's input for each field of the settings whose name differs from the input's id. */
    private static final Map<String, String> INPUTS = Map.of(
            ExtendedFieldNameRules.FIELD,
            "extended-name",
            "acknowledgeWithinHours",
            "ack-hours",
            "vendorOrderStatus",
            "status");

    private boolean enabled;
    private String vendorOrderStatus;
    private Integer acknowledgeWithinHours;
    private String extendedFieldName;

    @PostConstruct
    void load() {
        DropshippingSettingsView view = settings.dropshipping(currentUser.accountId());
        enabled = view.enabled();
        vendorOrderStatus =
                view.vendorOrderStatus() == null ? "" : view.vendorOrderStatus().name();
        acknowledgeWithinHours = view.acknowledgeWithinHours();
        extendedFieldName =
                settings.findExtendedFieldName(currentUser.accountId()).orElse("");
    }

    /** Saves every field or, when one is refused, none: the refusal is shown at its field where the page has one. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            settings.changeDropshipping(
                    currentUser.accountId(), enabled, vendorOrderStatus, acknowledgeWithinHours, extendedFieldName);
            extendedFieldName =
                    settings.findExtendedFieldName(currentUser.accountId()).orElse(""); // as stored
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Dropshipping settings saved.", null));
        } catch (BadInputException e) {
            e.errors().forEach(err -> FieldErrors.show("settings", err.field(), err.message(), INPUTS));
        }
    }

    /** What the current settings mean for incoming dropship orders, in words. */
    public String getVendorReadiness() {
        return readiness
                .whyVendorReceivesNothing(currentUser.accountId())
                .map(why -> "You receive no dropship orders: " + why + ".")
                .orElse("Dropship orders from your distributors arrive as " + Labels.label(vendorOrderStatus) + ".");
    }

    public List<OrderStatus> getVendorStatuses() {
        return OrderStatus.VENDOR_CHOICES.stream().toList();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getVendorOrderStatus() {
        return vendorOrderStatus;
    }

    public void setVendorOrderStatus(String vendorOrderStatus) {
        this.vendorOrderStatus = vendorOrderStatus;
    }

    public String getExtendedFieldName() {
        return extendedFieldName;
    }

    public void setExtendedFieldName(String extendedFieldName) {
        this.extendedFieldName = extendedFieldName;
    }

    public Integer getAcknowledgeWithinHours() {
        return acknowledgeWithinHours;
    }

    public void setAcknowledgeWithinHours(Integer acknowledgeWithinHours) {
        this.acknowledgeWithinHours = acknowledgeWithinHours;
    }
}
