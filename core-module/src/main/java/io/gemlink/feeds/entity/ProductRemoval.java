package io.gemlink.feeds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A tombstone: the SKU of a deleted product and when it went, so that a feed's {@code since} answer
 * can tell importers to remove it. One per account and SKU; re-creating the SKU removes it.
 */
@Entity
@Table(name = "product_removal")
public class ProductRemoval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(name = "removed_at", nullable = false)
    private Instant removedAt;

    protected ProductRemoval() {}

    public ProductRemoval(long accountId, String sku, Instant removedAt) {
        this.accountId = accountId;
        this.sku = sku;
        this.removedAt = removedAt;
    }
}
