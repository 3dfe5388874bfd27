package io.gemlink.tracking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A parcel sent for an order: carrier, tracking number, send date, extended field 1 and the
 * carrier's tracking page. A vendor's shipment on a dropship order is copied at once to the
 * distributor's order; the copy names its source. One live shipment per (order, carrier, number). Its owner may
 * correct it or void it (the copy follows); a voided shipment stays, with who voided it and when, but no longer
 * counts: the queries here read live shipments only.
 */
@Entity
@Table(name = "shipment")
@NamedQuery(
        name = Shipment.BY_ORDER,
        query = "SELECT s FROM Shipment s WHERE s.orderId = :orderId AND s.voidedAt IS NULL ORDER BY s.id")
// the parcels (order, carrier, number) among these orders and numbers, for a batch of shipments at once
@NamedQuery(
        name = Shipment.PARCELS,
        query = "SELECT s FROM Shipment s WHERE s.orderId IN :orderIds AND s.trackingNumber IN :trackingNumbers"
                + " AND s.voidedAt IS NULL")
// which orders of the accounts already carry these numbers (the accounts' own shipments, not copies)
@NamedQuery(
        name = Shipment.NUMBER_USES,
        query = "SELECT DISTINCT s.accountId, s.trackingNumber, s.orderId FROM Shipment s"
                + " WHERE s.accountId IN :accountIds AND s.trackingNumber IN :trackingNumbers"
                + " AND s.sourceShipmentId IS NULL AND s.voidedAt IS NULL")
@NamedQuery(
        name = Shipment.COPIES_ON_ORDERS,
        query = "SELECT s FROM Shipment s WHERE s.orderId IN :orderIds AND s.sourceOrderId IS NOT NULL"
                + " AND s.voidedAt IS NULL")
// the distributors' live copies of a vendor's shipment
@NamedQuery(
        name = Shipment.COPIES_OF,
        query = "SELECT s FROM Shipment s WHERE s.sourceShipmentId = :shipmentId AND s.voidedAt IS NULL")
// the orders that carry a live shipment of their own (not a copy)
@NamedQuery(
        name = Shipment.OWN_ON_ORDERS,
        query = "SELECT DISTINCT s.orderId FROM Shipment s WHERE s.orderId IN :orderIds AND s.sourceOrderId IS NULL"
                + " AND s.voidedAt IS NULL")
public class Shipment {

    public static final String BY_ORDER = "Shipment.byOrder";
    public static final String PARCELS = "Shipment.parcels";
    public static final String NUMBER_USES = "Shipment.numberUses";
    public static final String COPIES_ON_ORDERS = "Shipment.copiesOnOrders";
    public static final String COPIES_OF = "Shipment.copiesOf";
    public static final String OWN_ON_ORDERS = "Shipment.ownOnOrders";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(nullable = false, length = 20)
    private String carrier;

    @Column(name = "tracking_number", nullable = false, length = 64)
    private String trackingNumber;

    @Column(name = "send_date", nullable = false)
    private LocalDate sendDate;

    @Column(name = "extended_field1", length = 255)
    private String extendedField1;

    @Column(name = "tracking_url", length = 500)
    private String trackingUrl;

    @Column(name = "duplicate_number", nullable = false)
    private boolean duplicateNumber;

    @Column(name = "source_shipment_id")
    private Long sourceShipmentId;

    @Column(name = "source_order_id")
    private Long sourceOrderId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by", length = 200)
    private String voidedBy;

    /** TRUE while the shipment counts, NULL once voided: the parcel's unique key covers live shipments only. */
    @Column(name = "live")
    private Boolean live = Boolean.TRUE;

    protected Shipment() {}

    public Shipment(
            long accountId,
            long orderId,
            String carrier,
            String trackingNumber,
            LocalDate sendDate,
            String extendedField1,
            String trackingUrl,
            Instant now) {
        this.accountId = accountId;
        this.orderId = orderId;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.sendDate = sendDate;
        this.extendedField1 = extendedField1;
        this.trackingUrl = trackingUrl;
        this.createdAt = now;
    }

    /** The distributor's copy of this shipment, on the distributor's order: the same parcel and link. */
    public Shipment copyTo(long distributorAccountId, long distributorOrderId, Instant now) {
        Shipment copy = new Shipment(
                distributorAccountId,
                distributorOrderId,
                carrier,
                trackingNumber,
                sendDate,
                extendedField1,
                trackingUrl,
                now);
        copy.sourceShipmentId = id;
        copy.sourceOrderId = orderId;
        return copy;
    }

    public void flagDuplicateNumber() {
        this.duplicateNumber = true;
    }

    /** Corrected fields (already checked and normalized), and whether the number is used on another order. */
    public void correct(
            String carrier,
            String trackingNumber,
            LocalDate sendDate,
            String extendedField1,
            String trackingUrl,
            boolean duplicateNumber) {
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.sendDate = sendDate;
        this.extendedField1 = extendedField1;
        this.trackingUrl = trackingUrl;
        this.duplicateNumber = duplicateNumber;
    }

    /** No longer counts; kept with who voided it and when. */
    public void voidBy(String by, Instant now) {
        this.voidedAt = now;
        this.voidedBy = by;
        this.live = null;
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public LocalDate getSendDate() {
        return sendDate;
    }

    public String getExtendedField1() {
        return extendedField1;
    }

    public String getTrackingUrl() {
        return trackingUrl;
    }

    public boolean isDuplicateNumber() {
        return duplicateNumber;
    }

    public Long getSourceShipmentId() {
        return sourceShipmentId;
    }

    public Long getSourceOrderId() {
        return sourceOrderId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
