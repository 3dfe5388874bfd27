package io.gemlink.orders.boundary;

import io.gemlink.catalog.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A vendor's stock, shared by all its distributors. Reserving is one conditional UPDATE, so the
 * database decides who gets the last unit and stock never goes below zero.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockReservations {

    @PersistenceContext
    EntityManager em;

    /** Takes {@code quantity} units off the vendor's product if it has them; false leaves it untouched. */
    public boolean reserve(long vendorAccountId, String vendorSku, int quantity, Instant now) {
        int updated = em.createNativeQuery("UPDATE product SET quantity = quantity - ?1, updated_at = ?2,"
                        + " version = version + 1 WHERE account_id = ?3 AND sku = ?4 AND quantity >= ?1")
                .setParameter(1, quantity)
                .setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(3, vendorAccountId)
                .setParameter(4, vendorSku)
                .executeUpdate();
        return updated == 1;
    }

    /**
     * What the distributor pays the vendor per unit: the feed price recorded on its linked product,
     * else the vendor's own price, else (neither known) what the channel order says.
     */
    public BigDecimal priceToDistributor(long distributorId, String distributorSku, long vendorId, String vendorSku,
                                         BigDecimal fallback) {
        return find(distributorId, distributorSku).map(Product::getLinkVendorPrice)
                .or(() -> find(vendorId, vendorSku).map(Product::getPrice))
                .orElse(fallback);
    }

    private java.util.Optional<Product> find(long accountId, String sku) {
        return em.createNamedQuery(Product.BY_SKU, Product.class)
                .setParameter("accountId", accountId).setParameter("sku", sku)
                .getResultStream().findFirst();
    }
}
