package io.gemlink.linking.api;

import java.math.BigDecimal;

/** A linked product as the import screens and the source's product route show it. */
public record LinkedProductView(
        String sku, String title, BigDecimal price, String currency, int quantity, boolean hidden, ProductLink link) {

    /**
     * The tie to the vendor's product. {@code lastSyncedAt}: when the vendor last confirmed this
     * product's data (changed, or unchanged in a complete run).
     */
    public record ProductLink(String vendorPublicId, String vendorSku, long sourceId, java.time.Instant lastSyncedAt) {}
}
