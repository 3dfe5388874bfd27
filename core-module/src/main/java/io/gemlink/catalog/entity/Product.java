package io.gemlink.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A piece of jewelry in one account's catalog, unique by SKU within the account. A distributor's
 * linked product is the same row with the {@code link*} fields set: it stays tied to the vendor's
 * product it was imported from. Stones and images are JSON arrays as text; {@code stoneTypes} and
 * {@code tags} are kept as {@code ",A,B,"} so that feeds can filter on them.
 */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.BY_SKU, query = "SELECT p FROM Product p WHERE p.accountId = :accountId AND p.sku = :sku")
public class Product {

    public static final String BY_SKU = "Product.bySku";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(nullable = false, length = 255)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(length = 16)
    private String category;

    @Column(length = 100)
    private String brand;

    @Column(length = 16)
    private String metal;

    @Column(length = 8)
    private String purity;

    @Column(name = "metal_color", length = 32)
    private String metalColor;

    @Column(name = "metal_weight_grams", precision = 10, scale = 3)
    private BigDecimal metalWeightGrams;

    @Column(name = "stones_json", columnDefinition = "LONGTEXT")
    private String stonesJson;

    @Column(name = "stone_types", length = 255)
    private String stoneTypes;

    @Column(name = "total_carat_weight", precision = 10, scale = 3)
    private BigDecimal totalCaratWeight;

    @Column(name = "images_json", columnDefinition = "LONGTEXT")
    private String imagesJson;

    @Column(length = 14)
    private String barcode;

    @Column(precision = 12, scale = 2)
    private BigDecimal cost;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "variant_group", length = 64)
    private String variantGroup;

    @Column(length = 16)
    private String size;

    @Column(length = 1000)
    private String tags;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @Column(name = "link_source_id")
    private Long linkSourceId;

    @Column(name = "link_vendor_account_id")
    private Long linkVendorAccountId;

    @Column(name = "link_vendor_public_id", length = 16)
    private String linkVendorPublicId;

    @Column(name = "link_vendor_sku", length = 64)
    private String linkVendorSku;

    @Column(name = "link_last_synced_at")
    private Instant linkLastSyncedAt;

    @Column(name = "link_content_hash", length = 64)
    private String linkContentHash;

    @Column(name = "link_vendor_price", precision = 12, scale = 2)
    private BigDecimal linkVendorPrice;

    protected Product() {}

    public Product(long accountId, String sku, Instant now) {
        this.accountId = accountId;
        this.sku = sku;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Marks the product changed now (feeds' {@code since} and ETags rely on it). */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Ties this product to the vendor product it was imported from. */
    public void link(long sourceId, long vendorAccountId, String vendorPublicId, String vendorSku) {
        this.linkSourceId = sourceId;
        this.linkVendorAccountId = vendorAccountId;
        this.linkVendorPublicId = vendorPublicId;
        this.linkVendorSku = vendorSku;
    }

    /** Linked to a vendor (through an in-network source); an external source's rows are the account's own. */
    public boolean isLinked() {
        return linkVendorAccountId != null;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getSku() {
        return sku;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getMetal() {
        return metal;
    }

    public void setMetal(String metal) {
        this.metal = metal;
    }

    public String getPurity() {
        return purity;
    }

    public void setPurity(String purity) {
        this.purity = purity;
    }

    public String getMetalColor() {
        return metalColor;
    }

    public void setMetalColor(String metalColor) {
        this.metalColor = metalColor;
    }

    public BigDecimal getMetalWeightGrams() {
        return metalWeightGrams;
    }

    public void setMetalWeightGrams(BigDecimal metalWeightGrams) {
        this.metalWeightGrams = metalWeightGrams;
    }

    public String getStonesJson() {
        return stonesJson;
    }

    public void setStonesJson(String stonesJson) {
        this.stonesJson = stonesJson;
    }

    public String getStoneTypes() {
        return stoneTypes;
    }

    public void setStoneTypes(String stoneTypes) {
        this.stoneTypes = stoneTypes;
    }

    public BigDecimal getTotalCaratWeight() {
        return totalCaratWeight;
    }

    public void setTotalCaratWeight(BigDecimal totalCaratWeight) {
        this.totalCaratWeight = totalCaratWeight;
    }

    public String getImagesJson() {
        return imagesJson;
    }

    public void setImagesJson(String imagesJson) {
        this.imagesJson = imagesJson;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public String getVariantGroup() {
        return variantGroup;
    }

    public void setVariantGroup(String variantGroup) {
        this.variantGroup = variantGroup;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public boolean isHidden() {
        return hidden;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public Long getLinkSourceId() {
        return linkSourceId;
    }

    public Long getLinkVendorAccountId() {
        return linkVendorAccountId;
    }

    public String getLinkVendorPublicId() {
        return linkVendorPublicId;
    }

    public String getLinkVendorSku() {
        return linkVendorSku;
    }

    public Instant getLinkLastSyncedAt() {
        return linkLastSyncedAt;
    }

    public void setLinkLastSyncedAt(Instant linkLastSyncedAt) {
        this.linkLastSyncedAt = linkLastSyncedAt;
    }

    public String getLinkContentHash() {
        return linkContentHash;
    }

    public void setLinkContentHash(String linkContentHash) {
        this.linkContentHash = linkContentHash;
    }
    /** What the distributor pays the vendor (the feed price before its own markup); null if unknown. */
    public BigDecimal getLinkVendorPrice() {
        return linkVendorPrice;
    }

    public void setLinkVendorPrice(BigDecimal linkVendorPrice) {
        this.linkVendorPrice = linkVendorPrice;
    }
}
