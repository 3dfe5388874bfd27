package io.gemlink.catalog.control;

import io.gemlink.catalog.api.LinkedProductData;
import io.gemlink.catalog.entity.Product;
import io.gemlink.linking.api.MissingRule;
import java.time.Instant;
import java.util.Set;

/**
 * Writes a feed row into a distributor's linked product (for {@link io.gemlink.catalog.api.LinkedProducts}). On
 * creation every field is written; later, the fields the distributor chose to keep ({@link
 * io.gemlink.catalog.api.LinkTarget#KEEPABLE}) are left alone. Stock always follows the vendor.
 */
public final class ProductFill {

    private ProductFill() {}

    /**
     * A product that left its feed, or whose source is removed, handled by the source's missing-products rule
     * (marked handled: written in full when it returns to the feed). Answers true when the rule deletes it.
     */
    public static boolean leaveFeed(Product p, MissingRule rule, Instant now) {
        switch (rule) {
            case DELETE -> {
                return true;
            }
            case HIDE -> p.setHidden(true);
            case ZERO_STOCK -> p.setQuantity(0);
        }
        p.setLinkContentHash(null);
        p.touch(now);
        return false;
    }

    public static void fill(Product p, LinkedProductData d, Set<String> keep, boolean creating, Instant now) {
        boolean all = creating;
        if (all || !keep.contains("title")) {
            p.setTitle(d.title());
        }
        if (all || !keep.contains("description")) {
            p.setDescription(d.description());
        }
        if (all || !keep.contains("category")) {
            p.setCategory(d.category());
        }
        if (all || !keep.contains("brand")) {
            p.setBrand(d.brand());
        }
        if (all || !keep.contains("images")) {
            p.setImagesJson(d.imagesJson());
        }
        if (all || !keep.contains("tags")) {
            p.setTags(d.tags());
        }
        if (all || !keep.contains("price")) {
            p.setPrice(d.price());
        }
        p.setMetal(d.metal());
        p.setPurity(d.purity());
        p.setMetalColor(d.metalColor());
        p.setMetalWeightGrams(d.metalWeightGrams());
        p.setStonesJson(d.stonesJson());
        p.setStoneTypes(d.stoneTypes());
        p.setTotalCaratWeight(d.totalCaratWeight());
        p.setBarcode(d.barcode());
        p.setCost(d.cost());
        p.setCurrency(d.currency());
        p.setQuantity(d.quantity());
        p.setVariantGroup(d.variantGroup());
        p.setSize(d.size());
        if (p.getLinkContentHash() == null) {
            p.setHidden(false); // back in the feed after the missing-products rule hid it
        }
        p.setLinkVendorPrice(d.vendorPrice());
        p.setLinkContentHash(d.hash());
        p.setLinkLastSyncedAt(now);
        p.touch(now);
    }
}
