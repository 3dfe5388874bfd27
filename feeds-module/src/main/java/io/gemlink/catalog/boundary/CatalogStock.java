package io.gemlink.catalog.boundary;

import io.gemlink.catalog.api.StockReservations;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Answers orders-module about ordered products, reserves a vendor's stock and gives it back
 * ({@link StockReservations}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CatalogStock implements StockReservations {

    @PersistenceContext
    EntityManager em;

    // the columns asked for, not the product: nothing for the order's transaction to track
    @Override
    public Optional<Ordered> ordered(long accountId, String sku) {
        return em.createQuery(
                        "SELECT p.title, p.linkVendorAccountId, p.linkVendorPublicId, p.linkVendorSku FROM Product p"
                                + " WHERE p.accountId = :accountId AND p.sku = :sku",
                        Object[].class)
                .setParameter("accountId", accountId)
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst()
                .map(r -> new Ordered((String) r[0], (Long) r[1], (String) r[2], (String) r[3]));
    }

    /** Takes {@code quantity} off the product if that much is there. */
    static final String RESERVE = "UPDATE product SET quantity = quantity - ?1, updated_at = ?2, version = version + 1"
            + " WHERE account_id = ?3 AND sku = ?4 AND quantity >= ?1";

    /** Gives {@code quantity} back to the product. */
    static final String RELEASE = "UPDATE product SET quantity = quantity + ?1, updated_at = ?2, version = version + 1"
            + " WHERE account_id = ?3 AND sku = ?4";

    @Override
    public boolean reserve(long vendorAccountId, String vendorSku, int quantity, Instant now) {
        return moveStock(RESERVE, vendorAccountId, vendorSku, quantity, now);
    }

    @Override
    public boolean release(long vendorAccountId, String vendorSku, int quantity, Instant now) {
        return moveStock(RELEASE, vendorAccountId, vendorSku, quantity, now);
    }

    /** One of the two stock statements above on one product; whether it applied. */
    private boolean moveStock(String statement, long vendorAccountId, String vendorSku, int quantity, Instant now) {
        return em.createNativeQuery(statement)
                        .setParameter(1, quantity)
                        .setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                        .setParameter(3, vendorAccountId)
                        .setParameter(4, vendorSku)
                        .executeUpdate()
                == 1;
    }

    @Override
    public BigDecimal priceToDistributor(
            long distributorId, String distributorSku, long vendorId, String vendorSku, BigDecimal fallback) {
        return price(LINK_VENDOR_PRICE, distributorId, distributorSku)
                .or(() -> price(PRICE, vendorId, vendorSku))
                .orElse(fallback);
    }

    /** What the distributor pays the vendor for a linked product, as its import recorded it. */
    static final String LINK_VENDOR_PRICE =
            "SELECT p.linkVendorPrice FROM Product p WHERE p.accountId = :accountId AND p.sku = :sku";

    /** The vendor's own price of its product. */
    static final String PRICE = "SELECT p.price FROM Product p WHERE p.accountId = :accountId AND p.sku = :sku";

    /** The product's price by one of the two queries above, if the product is there and the price set. */
    private Optional<BigDecimal> price(String query, long accountId, String sku) {
        return em.createQuery(query, BigDecimal.class)
                .setParameter("accountId", accountId)
                .setParameter("sku", sku)
                .getResultStream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }
}
