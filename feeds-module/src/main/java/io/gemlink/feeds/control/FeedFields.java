package io.gemlink.feeds.control;

import java.util.List;

/** The row fields of docs/feed-format.md: those every row carries, and those a feed may choose to share. */
public final class FeedFields {

    public static final List<String> ALWAYS = List.of("sku", "price", "quantity", "updatedAt");
    public static final List<String> OPTIONAL = List.of(
            "title",
            "description",
            "category",
            "brand",
            "metal",
            "purity",
            "metalColor",
            "metalWeightGrams",
            "stones",
            "totalCaratWeight",
            "images",
            "barcode",
            "cost",
            "currency",
            "variantGroup",
            "size",
            "tags");

    private FeedFields() {}
}
