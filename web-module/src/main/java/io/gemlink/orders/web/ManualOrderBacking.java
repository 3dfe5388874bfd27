package io.gemlink.orders.web;

import io.gemlink.catalog.api.ProductView;
import io.gemlink.catalog.boundary.CatalogService;
import io.gemlink.orders.api.AddressView;
import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderRequest;
import io.gemlink.orders.boundary.OrderIntake;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.web.admin.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A manual order typed in the admin (channel MANUAL), e.g. a phone order. A line's SKU is picked from the account's
 * own catalog (by SKU, title or brand) and the pick fills in the product's price; view-scoped so that the lines
 * survive those ajax picks.
 */
@Named
@ViewScoped
public class ManualOrderBacking implements Serializable {

    /** Products a pick offers at most. */
    static final int PICKS = 10;

    @EJB
    OrderIntake intake;

    @EJB
    CatalogService catalog;

    @Inject
    CurrentUser currentUser;

    private String currency = "USD";
    private String name;
    private String line1;
    private String city;
    private String postalCode;
    private String country = "US";
    private final List<LineInput> lines = List.of(new LineInput(), new LineInput(), new LineInput());
    /** The products the last completion offered, by SKU: what a pick fills in. */
    private final Map<String, Picked> offered = new HashMap<>();

    /** What a pick shows and fills in. */
    public record Picked(String sku, String title, BigDecimal price, String currency) implements Serializable {}

    /** The account's own products whose SKU, title or brand contains {@code query}, by SKU. */
    public List<String> completeSku(String query) {
        offered.clear();
        catalog.search(currentUser.accountId(), query, null, null, PageRequest.of(0, PICKS))
                .items()
                .forEach(p -> offered.put(p.sku(), new Picked(p.sku(), p.title(), p.price(), p.currency())));
        return offered.keySet().stream().sorted().toList();
    }

    /** The title shown beside an offered SKU. */
    public String offeredTitle(String sku) {
        Picked p = offered.get(sku);
        return p == null ? "" : p.title();
    }

    /** The price shown beside an offered SKU, e.g. "1,250.00 USD". */
    public String offeredPrice(String sku) {
        Picked p = offered.get(sku);
        return p == null || p.price() == null ? "" : String.format("%,.2f %s", p.price(), p.currency());
    }

    /** A SKU was picked for this line: its product's price and title fill in. */
    public void picked(LineInput line) {
        if (line.getSku() == null || line.getSku().isBlank()) {
            return;
        }
        Picked p = offered.get(line.getSku());
        if (p == null) { // typed in full rather than picked from this view's last offer
            try {
                ProductView product =
                        catalog.get(currentUser.accountId(), line.getSku().trim());
                p = new Picked(product.sku(), product.title(), product.price(), product.currency());
            } catch (NotFoundException e) {
                return;
            }
        }
        line.setUnitPrice(p.price());
        line.setTitle(p.title()
                + (p.currency() == null || p.currency().equals(currency) ? "" : " (priced in " + p.currency() + ")"));
    }

    public String place() {
        List<OrderRequest.Line> filled = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (LineInput l : lines) {
            if (l.getSku() != null && !l.getSku().isBlank()) {
                String sku = l.getSku().trim();
                if (!known(sku)) {
                    unknown.add(sku);
                }
                filled.add(new OrderRequest.Line(sku, l.getQuantity(), l.getUnitPrice()));
            }
        }
        // a channel may send what the catalog lacks; a SKU typed here that the catalog lacks is a typing error
        if (!unknown.isEmpty()) {
            unknown.forEach(sku -> error("SKU " + sku + ": no product with this SKU in your catalog."));
            return null;
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
            e.errors().forEach(err -> error(label(err.field()) + ": " + err.message()));
            return null;
        }
    }

    private boolean known(String sku) {
        try {
            catalog.get(currentUser.accountId(), sku);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** A field of the order as the form names it: {@code lines[0].quantity} is "Line 1 quantity". */
    static String label(String field) {
        Matcher m = LINE_FIELD.matcher(field == null ? "" : field);
        if (m.matches()) {
            String part = m.group(2) == null ? "" : " " + ("unitPrice".equals(m.group(2)) ? "unit price" : m.group(2));
            return "Line " + (Integer.parseInt(m.group(1)) + 1) + part;
        }
        return FORM_LABELS.getOrDefault(field, field);
    }

    /** The form's words for the order's other fields (as it labels them). */
    private static final Map<String, String> FORM_LABELS = Map.of(
            "shippingAddress.name", "Customer name",
            "shippingAddress.line1", "Address",
            "shippingAddress.city", "City",
            "shippingAddress.postalCode", "Postal code",
            "shippingAddress.country", "Country",
            "currency", "Currency");

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)](?:\\.(\\w+))?");

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
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
    public static class LineInput implements Serializable {
        private String sku;
        private Integer quantity = 1;
        private BigDecimal unitPrice;
        private String title;

        /** The picked product's title, shown beside the line. */
        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

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
