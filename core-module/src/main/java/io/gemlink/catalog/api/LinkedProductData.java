package io.gemlink.catalog.api;

import java.math.BigDecimal;

/**
 * A valid feed row turned into what the distributor's linked product holds (price rule and stock
 * buffer applied), with the hash of all of it: equal hash, nothing to write. {@code vendorPrice} is
 * the feed's price before the distributor's markup: what a dropship order line costs the distributor.
 * Not {@link ProductData}: that is what a partner sends (lists, optional fields, checked by the
 * catalog's rules); this is a checked row already in the table's shape (JSON as text), made by
 * linking-module and written by feeds-module through {@link LinkedProducts}.
 */
public record LinkedProductData(
        int row,
        String vendorSku,
        String title,
        String description,
        String category,
        String brand,
        String metal,
        String purity,
        String metalColor,
        BigDecimal metalWeightGrams,
        String stonesJson,
        String stoneTypes,
        BigDecimal totalCaratWeight,
        String imagesJson,
        String barcode,
        BigDecimal cost,
        BigDecimal price,
        String currency,
        int quantity,
        String variantGroup,
        String size,
        String tags,
        String hash,
        BigDecimal vendorPrice) {}
