package io.gemlink.feeds.web;

import io.gemlink.feeds.api.FeedDefinition;
import io.gemlink.feeds.api.FeedFilter;
import io.gemlink.feeds.api.FeedPricingRule;
import io.gemlink.feeds.api.FeedView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The feed builder's values (Faces needs setters; the API records have none). */
public class FeedForm implements Serializable {

    private String name;
    private String format = "CSV";
    private List<String> fields = new ArrayList<>(List.of("title", "images"));
    private List<String> categories = new ArrayList<>();
    private List<String> metals = new ArrayList<>();
    private String purities;
    private String stoneTypes;
    private String tags;
    private BigDecimal minPrice;
    private BigDecimal maxPrice;
    private boolean inStockOnly = true;
    private String base = "PRICE";
    private BigDecimal markupPercent = BigDecimal.ZERO;
    private String rounding = "NONE";

    static FeedForm of(FeedView v) {
        FeedForm f = new FeedForm();
        f.name = v.name();
        f.format = v.format();
        f.fields = new ArrayList<>(v.fields());
        f.categories = new ArrayList<>(v.filter().categories());
        f.metals = new ArrayList<>(v.filter().metals());
        f.purities = String.join(", ", v.filter().purities());
        f.stoneTypes = String.join(", ", v.filter().stoneTypes());
        f.tags = String.join(", ", v.filter().tags());
        f.minPrice = v.filter().minPrice();
        f.maxPrice = v.filter().maxPrice();
        f.inStockOnly = Boolean.TRUE.equals(v.filter().inStockOnly());
        f.base = v.pricing().base();
        f.markupPercent = v.pricing().markupPercent();
        f.rounding = v.pricing().rounding();
        return f;
    }

    FeedDefinition definition() {
        return new FeedDefinition(
                name,
                format,
                List.copyOf(fields),
                new FeedFilter(
                        List.copyOf(categories),
                        List.copyOf(metals),
                        split(purities),
                        split(stoneTypes),
                        split(tags),
                        minPrice,
                        maxPrice,
                        inStockOnly),
                new FeedPricingRule(base, markupPercent, rounding));
    }

    private static List<String> split(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String v) {
        format = v;
    }

    public List<String> getFields() {
        return fields;
    }

    public void setFields(List<String> v) {
        fields = v;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> v) {
        categories = v;
    }

    public List<String> getMetals() {
        return metals;
    }

    public void setMetals(List<String> v) {
        metals = v;
    }

    public String getPurities() {
        return purities;
    }

    public void setPurities(String v) {
        purities = v;
    }

    public String getStoneTypes() {
        return stoneTypes;
    }

    public void setStoneTypes(String v) {
        stoneTypes = v;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String v) {
        tags = v;
    }

    public BigDecimal getMinPrice() {
        return minPrice;
    }

    public void setMinPrice(BigDecimal v) {
        minPrice = v;
    }

    public BigDecimal getMaxPrice() {
        return maxPrice;
    }

    public void setMaxPrice(BigDecimal v) {
        maxPrice = v;
    }

    public boolean isInStockOnly() {
        return inStockOnly;
    }

    public void setInStockOnly(boolean v) {
        inStockOnly = v;
    }

    public String getBase() {
        return base;
    }

    public void setBase(String v) {
        base = v;
    }

    public BigDecimal getMarkupPercent() {
        return markupPercent;
    }

    public void setMarkupPercent(BigDecimal v) {
        markupPercent = v;
    }

    public String getRounding() {
        return rounding;
    }

    public void setRounding(String v) {
        rounding = v;
    }
}
