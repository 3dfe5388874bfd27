package io.gemlink.feeds.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Which products a feed selects; an empty or missing list selects all. The price band applies to the
 * vendor's retail {@code price}; {@code inStockOnly} to the quantity the vendor can still sell.
 */
public record FeedFilter(List<String> categories, List<String> metals, List<String> purities, List<String> stoneTypes,
                         List<String> tags, BigDecimal minPrice, BigDecimal maxPrice, Boolean inStockOnly) {
}
