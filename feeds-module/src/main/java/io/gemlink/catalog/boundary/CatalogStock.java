package io.gemlink.catalog.boundary;

import io.gemlink.catalog.api.StockReservations;
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
import java.util.Optional;

/** Answers orders-module about ordered products and reserves a vendor's stock ({@link StockReservations}). */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CatalogStock implements StockReservations {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Ordered> ordered(long accountId, String sku) {
        return find(accountId, sku)
                .map(p -> new Ordered(
                        p.getTitle(), p.getLinkVendorAccountId(), p.getLinkVendorPublicId(), p.getLinkVendorSku()));
    }

    @Override
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

    @Override
    public BigDecimal priceToDistributor(
            long distributorId, String distributorSku, long vendorId, String vendorSku, BigDecimal fallback) {
        return find(distributorId, distributorSku)
                .map(Product::getLinkVendorPrice)
                .or(() -> find(vendorId, vendorSku).map(Product::getPrice))
                .orElse(fallback);
    }

    private Optional<Product> find(long accountId, String sku) {
        return em.createNamedQuery(Product.BY_SKU, Product.class)
                .setParameter("accountId", accountId)
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst();
    }
}
