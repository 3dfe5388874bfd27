package io.gemlink.catalog.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A distributor's product as linking-module reads it: what the screens show and its tie to the source
 * and the vendor ({@code sourceId} null: not a linked product). {@code contentHash} null: the
 * missing-products rule handled it.
 */
public record LinkedProductRow(
        String sku,
        String title,
        BigDecimal price,
        String currency,
        int quantity,
        boolean hidden,
        Long sourceId,
        Long vendorAccountId,
        String vendorPublicId,
        String vendorSku,
        Instant lastSyncedAt,
        String contentHash) {}
