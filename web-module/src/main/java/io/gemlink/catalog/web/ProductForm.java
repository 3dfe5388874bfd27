package io.gemlink.catalog.web;

import io.gemlink.catalog.api.ProductData;
import io.gemlink.catalog.api.ProductView;
import io.gemlink.catalog.api.Stone;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The product edit form's values (Faces needs setters; the API records have none). */
public class ProductForm implements Serializable {

    public String sku;
    public String title;
    public String description;
    public String category;
    public String brand;
    public String metal;
    public String purity;
    public String metalColor;
    public BigDecimal metalWeightGrams;
    public BigDecimal totalCaratWeight;
    public String images;
    public String barcode;
    public BigDecimal cost;
    public BigDecimal price;
    public String currency;
    public Integer quantity;
    public String variantGroup;
    public String size;
    public String tags;
    public final List<StoneForm> stones = new ArrayList<>();

    static ProductForm of(ProductView v) {
        ProductForm f = new ProductForm();
        f.sku = v.sku();
        f.title = v.title();
        f.description = v.description();
        f.category = v.category() == null ? null : v.category().name();
        f.brand = v.brand();
        f.metal = v.metal() == null ? null : v.metal().name();
        f.purity = v.purity();
        f.metalColor = v.metalColor();
        f.metalWeightGrams = v.metalWeightGrams();
        f.totalCaratWeight = v.totalCaratWeight();
        f.images = String.join("\n", v.images());
        f.barcode = v.barcode();
        f.cost = v.cost();
        f.price = v.price();
        f.currency = v.currency();
        f.quantity = v.quantity();
        f.variantGroup = v.variantGroup();
        f.size = v.size();
        f.tags = String.join(", ", v.tags());
        v.stones().forEach(s -> f.stones.add(StoneForm.of(s)));
        return f;
    }

    ProductData data() {
        return new ProductData(
                sku,
                title,
                description,
                category,
                brand,
                metal,
                purity,
                metalColor,
                metalWeightGrams,
                stones.stream().map(StoneForm::stone).toList(),
                totalCaratWeight,
                split(images, "[\\n\\r]+"),
                barcode,
                cost,
                price,
                currency,
                quantity,
                variantGroup,
                size,
                split(tags, ","));
    }

    private static List<String> split(String text, String separator) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(separator))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String v) {
        sku = v;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String v) {
        description = v;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String v) {
        category = v;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String v) {
        brand = v;
    }

    public String getMetal() {
        return metal;
    }

    public void setMetal(String v) {
        metal = v;
    }

    public String getPurity() {
        return purity;
    }

    public void setPurity(String v) {
        purity = v;
    }

    public String getMetalColor() {
        return metalColor;
    }

    public void setMetalColor(String v) {
        metalColor = v;
    }

    public BigDecimal getMetalWeightGrams() {
        return metalWeightGrams;
    }

    public void setMetalWeightGrams(BigDecimal v) {
        metalWeightGrams = v;
    }

    public BigDecimal getTotalCaratWeight() {
        return totalCaratWeight;
    }

    public void setTotalCaratWeight(BigDecimal v) {
        totalCaratWeight = v;
    }

    public String getImages() {
        return images;
    }

    public void setImages(String v) {
        images = v;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String v) {
        barcode = v;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal v) {
        cost = v;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal v) {
        price = v;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String v) {
        currency = v;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer v) {
        quantity = v;
    }

    public String getVariantGroup() {
        return variantGroup;
    }

    public void setVariantGroup(String v) {
        variantGroup = v;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String v) {
        size = v;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String v) {
        tags = v;
    }

    public List<StoneForm> getStones() {
        return stones;
    }

    /** One stone row of the form. */
    public static class StoneForm implements Serializable {
        public String type;
        public String shape;
        public BigDecimal caratWeight;
        public Integer count;
        public String color;
        public String clarity;
        public String certificateLab;
        public String certificateNumber;

        static StoneForm of(Stone s) {
            StoneForm f = new StoneForm();
            f.type = s.type();
            f.shape = s.shape();
            f.caratWeight = s.caratWeight();
            f.count = s.count();
            f.color = s.color();
            f.clarity = s.clarity();
            f.certificateLab = s.certificateLab();
            f.certificateNumber = s.certificateNumber();
            return f;
        }

        Stone stone() {
            return new Stone(type, shape, caratWeight, count, color, clarity, certificateLab, certificateNumber);
        }

        public String getType() {
            return type;
        }

        public void setType(String v) {
            type = v;
        }

        public String getShape() {
            return shape;
        }

        public void setShape(String v) {
            shape = v;
        }

        public BigDecimal getCaratWeight() {
            return caratWeight;
        }

        public void setCaratWeight(BigDecimal v) {
            caratWeight = v;
        }

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer v) {
            count = v;
        }

        public String getColor() {
            return color;
        }

        public void setColor(String v) {
            color = v;
        }

        public String getClarity() {
            return clarity;
        }

        public void setClarity(String v) {
            clarity = v;
        }

        public String getCertificateLab() {
            return certificateLab;
        }

        public void setCertificateLab(String v) {
            certificateLab = v;
        }

        public String getCertificateNumber() {
            return certificateNumber;
        }

        public void setCertificateNumber(String v) {
            certificateNumber = v;
        }
    }
}
