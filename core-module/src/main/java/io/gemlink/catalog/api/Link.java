package io.gemlink.catalog.api;

import java.time.Instant;

/** Where a distributor's linked product came from: the vendor, its SKU, the import source, the last sync. */
public record Link(String vendorPublicId, String vendorSku, Long sourceId, Instant lastSyncedAt) {}
