package io.gemlink.catalog.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product as a partner sends it (docs/api.md, Catalog): by JSON, by CSV row, or partially by PATCH.
 * Every field may be missing here; the catalog's rules say which are required.
 */
public record ProductData(String sku, String title, String description, String category, String brand,
                          String metal, String purity, String metalColor, BigDecimal metalWeightGrams,
                          List<Stone> stones, BigDecimal totalCaratWeight, List<String> images, String barcode,
                          BigDecimal cost, BigDecimal price, String currency, Integer quantity,
                          String variantGroup, String size, List<String> tags) {
}
