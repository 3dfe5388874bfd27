package io.gemlink.orders.entity;

import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.LineReason;
import io.gemlink.orders.api.OrderStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order in one account: a distributor's order from a channel, or a vendor's dropship order
 * (channel {@link Channel#DROPSHIPPING}, with the distributor and its order as source).
 */
@Entity
@Table(name = "sales_order")
@NamedQuery(
        name = SalesOrder.BY_EXTERNAL_ID,
        query = "SELECT o FROM SalesOrder o WHERE o.accountId = :accountId"
                + " AND o.channel = :channel AND o.externalId = :externalId")
@NamedQuery(
        name = SalesOrder.BY_SOURCE,
        query = "SELECT o FROM SalesOrder o WHERE o.accountId = :accountId" + " AND o.sourceOrderId = :sourceOrderId")
// the deadline timer's candidates, oldest deadline first: each is looked at once (ix_sales_order_deadline)
@NamedQuery(
        name = SalesOrder.DEADLINE_PASSED,
        query = "SELECT o.id FROM SalesOrder o WHERE o.deadlineCheckedAt IS NULL AND o.acknowledgeBy <= :now"
                + " ORDER BY o.acknowledgeBy, o.id")
public class SalesOrder {

    public static final String BY_EXTERNAL_ID = "SalesOrder.byExternalId";
    public static final String DEADLINE_PASSED = "SalesOrder.deadlinePassed";
    public static final String BY_SOURCE = "SalesOrder.bySource";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(length = 20, unique = true)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "external_id", length = 100)
    private String externalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrderStatus status;

    @Column(nullable = false, length = 3)
    private String currency;

    @Embedded
    private ShippingAddress shippingAddress;

    @Column(name = "source_account_id")
    private Long sourceAccountId;

    @Column(name = "source_account_public_id", length = 16)
    private String sourceAccountPublicId;

    @Column(name = "source_order_id")
    private Long sourceOrderId;

    @Column(name = "source_order_number", length = 20)
    private String sourceOrderNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The public id of the account that last cancelled (some of) this order's lines; null: never cancelled. */
    @Column(name = "cancelled_by", length = 16)
    private String cancelledBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason", length = 32)
    private LineReason cancelReason;

    @Column(name = "cancel_note", length = 500)
    private String cancelNote;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** The status before the first shipment moved it: where it goes back to when every shipment is voided. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_shipping", length = 24)
    private OrderStatus statusBeforeShipping;

    /** A dropship order's deadline for its vendor's answers, fixed when it was mirrored (null: none). */
    @Column(name = "acknowledge_by")
    private Instant acknowledgeBy;

    /** When the deadline timer looked at this order after its deadline (set once; null: not yet). */
    @Column(name = "deadline_checked_at")
    private Instant deadlineCheckedAt;

    /** When the deadline timer found a line still OPEN past the deadline (set once; null: never). */
    @Column(name = "overdue_at")
    private Instant overdueAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<SalesOrderLine> lines = new ArrayList<>();

    protected SalesOrder() {}

    public SalesOrder(
            long accountId,
            Channel channel,
            String externalId,
            OrderStatus status,
            String currency,
            ShippingAddress shippingAddress,
            Instant now) {
        this.accountId = accountId;
        this.channel = channel;
        this.externalId = externalId;
        this.status = status;
        this.currency = currency;
        this.shippingAddress = shippingAddress;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Makes this order the vendor's copy of a distributor order. */
    public void mirrorOf(
            long distributorAccountId,
            String distributorPublicId,
            long distributorOrderId,
            String distributorOrderNumber) {
        this.sourceAccountId = distributorAccountId;
        this.sourceAccountPublicId = distributorPublicId;
        this.sourceOrderId = distributorOrderId;
        this.sourceOrderNumber = distributorOrderNumber;
    }

    public void acknowledgeBy(Instant deadline) {
        this.acknowledgeBy = deadline;
    }

    /** Acknowledged: none of its lines is OPEN any more (each accepted, rejected, cancelled or shipped). */
    public boolean acknowledged() {
        return lines.stream().noneMatch(l -> l.getState() == io.gemlink.orders.api.LineState.OPEN);
    }

    /** The deadline timer's one look after the deadline: overdue when a line is still OPEN. */
    public boolean checkDeadline(Instant now) {
        deadlineCheckedAt = now;
        if (!acknowledged()) {
            overdueAt = now;
        }
        return overdueAt != null;
    }

    /** Past its deadline with a line still OPEN: the distributor is told, and the order needs its attention. */
    public boolean overdue() {
        return overdueAt != null && !acknowledged();
    }

    public SalesOrderLine addLine(String sku, String title, int quantity, java.math.BigDecimal unitPrice) {
        SalesOrderLine line = new SalesOrderLine(this, lines.size() + 1, sku, title, quantity, unitPrice);
        lines.add(line);
        return line;
    }

    /** Numbers are unique across the platform and derive from the id (assigned after the first flush). */
    public void assignNumber() {
        if (number == null) {
            number = String.valueOf(100_000L + id);
        }
    }

    public void changeStatus(OrderStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    /**
     * Every shipment on the order was voided: back to its status before it shipped ({@code fallback} for an order
     * that shipped before that was kept).
     */
    public void unshipped(OrderStatus fallback, Instant now) {
        changeStatus(statusBeforeShipping == null ? fallback : statusBeforeShipping, now);
        statusBeforeShipping = null;
    }

    /** A cancel reached this order (some or all of its lines): who made it, why, when. */
    public void cancelled(String byPublicId, LineReason reason, String note, Instant now) {
        cancelledBy = byPublicId;
        cancelReason = reason;
        cancelNote = note;
        cancelledAt = now;
        updatedAt = now;
    }

    /** The line with this number, if the order has it. */
    public java.util.Optional<SalesOrderLine> line(int lineNo) {
        return lines.stream().filter(l -> l.getLineNo() == lineNo).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getNumber() {
        return number;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getExternalId() {
        return externalId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getCurrency() {
        return currency;
    }

    public ShippingAddress getShippingAddress() {
        return shippingAddress;
    }

    public Long getSourceAccountId() {
        return sourceAccountId;
    }

    public String getSourceAccountPublicId() {
        return sourceAccountPublicId;
    }

    public Long getSourceOrderId() {
        return sourceOrderId;
    }

    public String getSourceOrderNumber() {
        return sourceOrderNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public LineReason getCancelReason() {
        return cancelReason;
    }

    public String getCancelNote() {
        return cancelNote;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getAcknowledgeBy() {
        return acknowledgeBy;
    }

    public Instant getDeadlineCheckedAt() {
        return deadlineCheckedAt;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }

    public List<SalesOrderLine> getLines() {
        return lines;
    }
}
