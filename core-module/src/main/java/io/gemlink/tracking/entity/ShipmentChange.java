package io.gemlink.tracking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of a shipment: a corrected field with its old and new value, or the shipment voided (field
 * {@value #VOIDED}), with who made it (the API key's or the admin user's label) and when. Written for the
 * shipment and for the distributor's copy that followed it, each under its own account.
 */
@Entity
@Table(name = "shipment_change")
@NamedQuery(
        name = ShipmentChange.OF_SHIPMENT,
        query = "SELECT c FROM ShipmentChange c WHERE c.shipmentId = :shipmentId ORDER BY c.id")
public class ShipmentChange {

    public static final String OF_SHIPMENT = "ShipmentChange.ofShipment";
    public static final String VOIDED = "voided";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shipment_id", nullable = false)
    private long shipmentId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 40)
    private String field;

    @Column(name = "old_value", length = 500)
    private String oldValue;

    @Column(name = "new_value", length = 500)
    private String newValue;

    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ShipmentChange() {}

    public ShipmentChange(
            long shipmentId,
            long accountId,
            String field,
            String oldValue,
            String newValue,
            String changedBy,
            Instant changedAt) {
        this.shipmentId = shipmentId;
        this.accountId = accountId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public long getShipmentId() {
        return shipmentId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
