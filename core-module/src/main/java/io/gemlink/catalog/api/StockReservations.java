package io.gemlink.catalog.api;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The catalog's door for orders-module: what an ordered SKU is, and a vendor's stock, shared by all its
 * distributors. Runs in the caller's transaction. Implemented by feeds-module, which owns {@code product}.
 */
@Local
public interface StockReservations {

    /** An ordered product: its title and, for a linked product, the vendor's account, public id and SKU. */
    record Ordered(String title, Long vendorAccountId, String vendorPublicId, String vendorSku) {

        public boolean linked() {
            return vendorAccountId != null;
        }
    }

    /** The account's product with this SKU, if it has one. */
    Optional<Ordered> ordered(long accountId, String sku);

    /**
     * Takes {@code quantity} units off the vendor's product if it has them (one conditional UPDATE: the
     * database decides who gets the last unit, stock never goes below zero); false leaves it untouched.
     */
    boolean reserve(long vendorAccountId, String vendorSku, int quantity, Instant now);

    /**
     * Gives back {@code quantity} reserved units to the vendor's product (a rejected or cancelled line that was
     * not backordered), in one UPDATE; a product deleted meanwhile gets nothing back.
     * @return whether the product was there to take them
     */
    boolean release(long vendorAccountId, String vendorSku, int quantity, Instant now);

    /**
     * What the distributor pays the vendor per unit: the feed price recorded on its linked product,
     * else the vendor's own price, else (neither known) {@code fallback}.
     */
    BigDecimal priceToDistributor(
            long distributorId, String distributorSku, long vendorId, String vendorSku, BigDecimal fallback);
}
