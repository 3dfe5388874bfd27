package io.gemlink.catalog.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A product as the partner API answers it; {@code link} is set on a distributor's linked products only. */
public record ProductView(
        String sku,
        String title,
        String description,
        Category category,
        String brand,
        Metal metal,
        String purity,
        String metalColor,
        BigDecimal metalWeightGrams,
        List<Stone> stones,
        BigDecimal totalCaratWeight,
        List<String> images,
        String barcode,
        BigDecimal cost,
        BigDecimal price,
        String currency,
        int quantity,
        String variantGroup,
        String size,
        List<String> tags,
        boolean hidden,
        Instant createdAt,
        Instant updatedAt,
        Link link) {}
