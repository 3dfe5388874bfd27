package io.gemlink.catalog.web;

import io.gemlink.catalog.api.Category;
import io.gemlink.catalog.api.Metal;
import io.gemlink.catalog.api.ProductView;
import io.gemlink.catalog.boundary.CatalogService;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.web.admin.CurrentUser;
import io.gemlink.web.admin.FieldErrors;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Product edit (or new product): all jewelry fields, stones, and the other sizes of its variant group. */
@Named
@ViewScoped
public class ProductEditBacking implements Serializable {

    /** The form's input for each field whose name differs from the input's id. */
    private static final Map<String, String> INPUTS =
            Map.of("metalWeightGrams", "metalWeight", "totalCaratWeight", "carats", "stoneTypes", "stones");

    @EJB
    CatalogService catalog;

    @Inject
    CurrentUser currentUser;

    private String sku;
    private ProductForm form;
    private boolean existing;
    private boolean linked;

    /** Called by f:viewAction once the sku view parameter is set. */
    public void load() {
        if (form != null) {
            return;
        }
        if (sku == null || sku.isBlank()) {
            form = new ProductForm();
            form.currency = "USD";
            form.quantity = 0;
            return;
        }
        try {
            ProductView view = catalog.get(currentUser.accountId(), sku);
            form = ProductForm.of(view);
            existing = true;
            linked = view.link() != null;
        } catch (NotFoundException e) {
            form = new ProductForm();
            message(FacesMessage.SEVERITY_WARN, "No product " + sku + " in your catalog; you can create it here.");
        }
    }

    public void addStone() {
        form.stones.add(new ProductForm.StoneForm());
    }

    public void removeStone(ProductForm.StoneForm stone) {
        form.stones.remove(stone);
    }

    public void save() {
        if (linked) { // its quantity follows the vendor's stock: save the one it shows now, not the one loaded
            form.quantity = catalog.get(currentUser.accountId(), sku).quantity();
        }
        CatalogService.Written written =
                catalog.upsert(currentUser.accountId(), List.of(new CatalogService.Item(0, form.data())));
        if (written.refused().isEmpty()) {
            existing = true;
            sku = form.sku.trim();
            form = ProductForm.of(catalog.get(currentUser.accountId(), sku));
            message(FacesMessage.SEVERITY_INFO, "Product " + sku + " saved.");
        } else {
            written.refused().forEach(r -> FieldErrors.show("product", r.field(), r.message(), INPUTS));
        }
    }

    public List<ProductView> getVariants() {
        return form == null ? List.of() : catalog.variants(currentUser.accountId(), form.variantGroup);
    }

    public List<Category> getCategories() {
        return List.of(Category.values());
    }

    public List<Metal> getMetals() {
        return List.of(Metal.values());
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public ProductForm getForm() {
        return form;
    }

    public boolean isExisting() {
        return existing;
    }

    /** A distributor's linked product: its quantity follows the vendor's stock and is not edited here. */
    public boolean isLinked() {
        return linked;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }
}
