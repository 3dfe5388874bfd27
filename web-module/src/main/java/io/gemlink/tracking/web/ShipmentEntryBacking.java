package io.gemlink.tracking.web;

import io.gemlink.orders.web.OrderBacking;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.tracking.api.CarrierView;
import io.gemlink.tracking.api.ShipmentDetail;
import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.boundary.CarrierDirectory;
import io.gemlink.tracking.boundary.ShipmentCorrections;
import io.gemlink.tracking.boundary.ShipmentService;
import io.gemlink.web.admin.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The order page's shipments, with their tracking links, the form that adds one, and on the order's own shipments
 * (not a distributor's copy) a correction of the carrier and tracking number and a void button.
 */
@Named
@ViewScoped
public class ShipmentEntryBacking implements Serializable {

    @EJB
    ShipmentService shipments;

    @EJB
    CarrierDirectory carrierDirectory;

    @EJB
    ShipmentCorrections corrections;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrderBacking orderBacking; // the same view: it holds the order id from ?id=

    @Inject
    ExtendedFieldNames fieldNames;

    private String carrier = "UPS";
    private String trackingNumber;
    private LocalDate sendDate = LocalDate.now(ZoneOffset.UTC);
    private String extendedField1;
    private List<ShipmentDetail> list;
    private Map<Long, Long> copyVendors;
    private Long correctId;
    private String correctCarrier;
    private String correctNumber;

    public void add() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ShipmentService.Added added = shipments.add(
                    currentUser.accountId(),
                    orderBacking.getId(),
                    new ShipmentRequest(
                            carrier, trackingNumber, sendDate == null ? null : sendDate.toString(), extendedField1));
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            added.created()
                                    ? "Tracking " + added.shipment().trackingNumber() + " added."
                                    : "Tracking " + added.shipment().trackingNumber() + " was already on this order.",
                            null));
            added.shipment()
                    .warnings()
                    .forEach(w -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, w, null)));
            trackingNumber = null;
            extendedField1 = null;
            list = null;
            copyVendors = null;
            orderBacking.load();
        } catch (BadInputException e) {
            refused(faces, e);
        }
    }

    /** Each refused field as a message; nothing was changed. */
    private void refused(FacesContext faces, BadInputException e) {
        e.errors()
                .forEach(err -> faces.addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR, label(err.field()) + ": " + err.message(), null)));
    }

    /** Corrects the chosen shipment's carrier and tracking number (the fields left blank keep their value). */
    public void correct() {
        if (correctId == null) {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a shipment.", null));
            return;
        }
        Set<String> fields = new HashSet<>();
        if (correctCarrier != null && !correctCarrier.isBlank()) {
            fields.add("carrier");
        }
        if (correctNumber != null && !correctNumber.isBlank()) {
            fields.add("trackingNumber");
        }
        changed(() -> {
            ShipmentDetail s = corrections.correct(
                    currentUser.accountId(),
                    changedBy(),
                    orderBacking.getId(),
                    correctId,
                    new ShipmentRequest(correctCarrier, correctNumber, null, null),
                    fields);
            correctNumber = null;
            return "Shipment corrected: " + s.carrier() + " " + s.trackingNumber() + ".";
        });
    }

    public void voidShipment(long shipmentId) {
        changed(() -> {
            corrections.voidShipment(currentUser.accountId(), changedBy(), orderBacking.getId(), shipmentId);
            return "Shipment voided.";
        });
    }

    /** Runs a change; a refusal is shown as a message and changes nothing. */
    private void changed(Supplier<String> change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, change.get(), null));
            list = null;
            copyVendors = null;
            orderBacking.load();
        } catch (BadInputException e) {
            refused(faces, e);
        } catch (ConflictException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** Who changes a shipment, as its history records it. */
    private String changedBy() {
        return "user " + currentUser.getEmail();
    }

    /** The order's own shipments, which its owner may correct or void. */
    public List<ShipmentDetail> getOwnShipments() {
        return getShipments().stream().filter(s -> !s.copy()).toList();
    }

    public List<ShipmentDetail> getShipments() {
        if (list == null) {
            list = shipments.list(currentUser.accountId(), orderBacking.getId());
        }
        return list;
    }

    /**
     * The name of extended field 1 to show beside a copy's value: its vendor's name for the field when that differs
     * from the column's (the signed-in account's own); null for the account's own shipments.
     */
    public String copyFieldName(ShipmentDetail s) {
        if (!s.copy()) {
            return null;
        }
        if (copyVendors == null) {
            copyVendors = shipments.copyVendors(currentUser.accountId(), orderBacking.getId());
        }
        Long vendor = copyVendors.get(s.id());
        String name = vendor == null ? ExtendedFieldNames.defaultName() : fieldNames.of(vendor);
        return name.equals(fieldNames.getOwn()) ? null : name;
    }

    public List<CarrierView> getCarriers() {
        return carrierDirectory.all();
    }

    private String label(String field) {
        return switch (field) {
            case "carrier" -> "Carrier";
            case "trackingNumber" -> "Tracking number";
            case "sendDate" -> "Send date";
            case ExtendedFieldNames.FIELD -> fieldNames.getOwn();
            default -> field;
        };
    }

    public Long getCorrectId() {
        return correctId;
    }

    public void setCorrectId(Long correctId) {
        this.correctId = correctId;
    }

    public String getCorrectCarrier() {
        return correctCarrier;
    }

    public void setCorrectCarrier(String correctCarrier) {
        this.correctCarrier = correctCarrier;
    }

    public String getCorrectNumber() {
        return correctNumber;
    }

    public void setCorrectNumber(String correctNumber) {
        this.correctNumber = correctNumber;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public LocalDate getSendDate() {
        return sendDate;
    }

    public void setSendDate(LocalDate sendDate) {
        this.sendDate = sendDate;
    }

    public String getExtendedField1() {
        return extendedField1;
    }

    public void setExtendedField1(String extendedField1) {
        this.extendedField1 = extendedField1;
    }
}
