package io.gemlink.orders.web;

import io.gemlink.orders.api.AddressView;
import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderRequest;
import io.gemlink.orders.boundary.OrderIntake;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.web.admin.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A manual order typed in the admin (channel MANUAL), e.g. a phone order. */
@Named
@RequestScoped
public class ManualOrderBacking {

    @EJB
    OrderIntake intake;

    @Inject
    CurrentUser currentUser;

    private String currency = "USD";
    private String name;
    private String line1;
    private String city;
    private String postalCode;
    private String country = "US";
    private final List<LineInput> lines = List.of(new LineInput(), new LineInput(), new LineInput());

    public String place() {
        List<OrderRequest.Line> filled = new ArrayList<>();
        for (LineInput l : lines) {
            if (l.getSku() != null && !l.getSku().isBlank()) {
                filled.add(new OrderRequest.Line(l.getSku().trim(), l.getQuantity(), l.getUnitPrice()));
            }
        }
        try {
            var placed = intake.place(
                    currentUser.accountId(),
                    new OrderRequest(
                            Channel.MANUAL.name(),
                            null,
                            currency,
                            new AddressView(name, line1, null, city, null, postalCode, country, null),
                            filled));
            return "/admin/orders/order.xhtml?faces-redirect=true&id="
                    + placed.order().id();
        } catch (BadInputException e) {
            e.errors()
                    .forEach(err -> FacesContext.getCurrentInstance()
                            .addMessage(
                                    null,
                                    new FacesMessage(
                                            FacesMessage.SEVERITY_ERROR, err.field() + ": " + err.message(), null)));
            return null;
        }
    }

    public List<LineInput> getLines() {
        return lines;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    /** One line of the form. */
    public static class LineInput {
        private String sku;
        private Integer quantity = 1;
        private BigDecimal unitPrice;

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }

        public BigDecimal getUnitPrice() {
            return unitPrice;
        }

        public void setUnitPrice(BigDecimal unitPrice) {
            this.unitPrice = unitPrice;
        }
    }
}
