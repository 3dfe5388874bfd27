package io.gemlink.orders.entity;

import io.gemlink.orders.api.DropshipState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a distributor order owes one vendor: written with the order in one transaction (the outbox of
 * mirroring), then turned into the vendor's dropship order exactly once, or skipped with a reason.
 * Unique per (order, vendor).
 */
@Entity
@Table(name = "dropship_part")
@NamedQuery(
        name = DropshipPart.BY_ORDER,
        query = "SELECT p FROM DropshipPart p WHERE p.orderId = :orderId ORDER BY p.id")
// parts never failed first (no next attempt), then those whose pause has passed, longest waiting first
@NamedQuery(
        name = DropshipPart.PENDING_BEFORE,
        query = "SELECT p.id FROM DropshipPart p"
                + " WHERE p.state = io.gemlink.orders.api.DropshipState.PENDING AND p.updatedAt < :before"
                + " AND (p.nextAttemptAt IS NULL OR p.nextAttemptAt <= :now) ORDER BY p.nextAttemptAt, p.id")
public class DropshipPart {

    public static final String BY_ORDER = "DropshipPart.byOrder";
    public static final String PENDING_BEFORE = "DropshipPart.pendingBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "vendor_account_id", nullable = false)
    private long vendorAccountId;

    @Column(name = "vendor_public_id", nullable = false, length = 16)
    private String vendorPublicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DropshipState state;

    @Column(name = "vendor_order_id")
    private Long vendorOrderId;

    @Column(name = "vendor_order_number", length = 20)
    private String vendorOrderNumber;

    @Column(name = "skipped_reason", length = 500)
    private String skippedReason;

    @Column(nullable = false)
    private int attempts;

    /** After a failed attempt: not before then. Null: never failed (or due at once). */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DropshipPart() {}

    public DropshipPart(long orderId, long vendorAccountId, String vendorPublicId, Instant now) {
        this.orderId = orderId;
        this.vendorAccountId = vendorAccountId;
        this.vendorPublicId = vendorPublicId;
        this.state = DropshipState.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void attempted(Instant now) {
        attempts++;
        updatedAt = now;
    }

    /** A failed attempt, recorded on its own: try again at {@code next}. */
    public void failed(Instant next, Instant now) {
        attempts++;
        nextAttemptAt = next;
        updatedAt = now;
    }

    public void created(SalesOrder vendorOrder, Instant now) {
        state = DropshipState.CREATED;
        nextAttemptAt = null;
        vendorOrderId = vendorOrder.getId();
        vendorOrderNumber = vendorOrder.getNumber();
        skippedReason = null;
        updatedAt = now;
    }

    public void skipped(String reason, Instant now) {
        state = DropshipState.SKIPPED;
        skippedReason = reason;
        updatedAt = now;
    }

    /** Owed again, e.g. after the vendor chose a status. */
    public void retry(Instant now) {
        state = DropshipState.PENDING;
        skippedReason = null;
        nextAttemptAt = null;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getVendorAccountId() {
        return vendorAccountId;
    }

    public String getVendorPublicId() {
        return vendorPublicId;
    }

    public DropshipState getState() {
        return state;
    }

    public Long getVendorOrderId() {
        return vendorOrderId;
    }

    public String getVendorOrderNumber() {
        return vendorOrderNumber;
    }

    public String getSkippedReason() {
        return skippedReason;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
