package io.gemlink.account.entity;

import io.gemlink.orders.api.OrderStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The per-account dropshipping switch, the status a vendor wants its dropship orders created in, how long
 * those may stay unacknowledged, and the account's own name for its shipments' "Extended field 1". Must be on in
 * both vendor and distributor accounts for anything to flow; a vendor with no status receives no dropship orders.
 */
@Entity
@Table(name = "dropshipping_settings")
public class DropshippingSettings {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "vendor_order_status", length = 32)
    private OrderStatus vendorOrderStatus;

    /** How long a dropship order may stay unacknowledged; null: no deadline. */
    @Column(name = "acknowledge_within_hours")
    private Integer acknowledgeWithinHours;

    /** The account's name for its shipments' extended field 1 (e.g. "Box number"); null: the default label. */
    @Column(name = "extended_field1_name", length = 40)
    private String extendedField1Name;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DropshippingSettings() {}

    /** A new account starts with the module off and no vendor status chosen. */
    public DropshippingSettings(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    public void change(boolean enabled, OrderStatus vendorOrderStatus, Integer acknowledgeWithinHours, Instant now) {
        this.enabled = enabled;
        this.vendorOrderStatus = vendorOrderStatus;
        this.acknowledgeWithinHours = acknowledgeWithinHours;
        this.updatedAt = now;
    }

    public void nameExtendedField(String name, Instant now) {
        this.extendedField1Name = name;
        this.updatedAt = now;
    }

    public String getExtendedField1Name() {
        return extendedField1Name;
    }

    public long getAccountId() {
        return accountId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public OrderStatus getVendorOrderStatus() {
        return vendorOrderStatus;
    }

    public Integer getAcknowledgeWithinHours() {
        return acknowledgeWithinHours;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
