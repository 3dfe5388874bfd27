package io.gemlink.tracking.web;

import io.gemlink.orders.web.OrderBacking;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.tracking.api.CarrierView;
import io.gemlink.tracking.api.ShipmentDetail;
import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.boundary.CarrierDirectory;
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
import java.util.List;

/** The order page's shipments, with their tracking links, and the form that adds one. */
@Named
@ViewScoped
public class ShipmentEntryBacking implements Serializable {

    @EJB
    ShipmentService shipments;

    @EJB
    CarrierDirectory carrierDirectory;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrderBacking orderBacking; // the same view: it holds the order id from ?id=

    private String carrier = "UPS";
    private String trackingNumber;
    private String sendDate = LocalDate.now(ZoneOffset.UTC).toString();
    private String extendedField1;
    private List<ShipmentDetail> list;

    public void add() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ShipmentService.Added added = shipments.add(
                    currentUser.accountId(),
                    orderBacking.getId(),
                    new ShipmentRequest(carrier, trackingNumber, sendDate, extendedField1));
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
            orderBacking.load();
        } catch (BadInputException e) {
            e.errors()
                    .forEach(err -> faces.addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR, label(err.field()) + ": " + err.message(), null)));
        }
    }

    public List<ShipmentDetail> getShipments() {
        if (list == null) {
            list = shipments.list(currentUser.accountId(), orderBacking.getId());
        }
        return list;
    }

    public List<CarrierView> getCarriers() {
        return carrierDirectory.all();
    }

    private static String label(String field) {
        return switch (field) {
            case "carrier" -> "Carrier";
            case "trackingNumber" -> "Tracking number";
            case "sendDate" -> "Send date";
            case "extendedField1" -> "Extended field 1";
            default -> field;
        };
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

    public String getSendDate() {
        return sendDate;
    }

    public void setSendDate(String sendDate) {
        this.sendDate = sendDate;
    }

    public String getExtendedField1() {
        return extendedField1;
    }

    public void setExtendedField1(String extendedField1) {
        this.extendedField1 = extendedField1;
    }
}
