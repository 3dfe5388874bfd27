package io.gemlink.catalog.control;

import io.gemlink.catalog.entity.Product;
import io.gemlink.linking.api.MissingRule;
import java.time.Instant;

/**
 * The missing-products rule on a distributor's linked product (for {@link io.gemlink.catalog.api.LinkedProducts}).
 * Feed rows are written by {@link ProductBatchWriter}: on creation every field, later all but the fields the
 * distributor chose to keep ({@link io.gemlink.catalog.api.LinkTarget#KEEPABLE}); stock always follows the vendor.
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
}
