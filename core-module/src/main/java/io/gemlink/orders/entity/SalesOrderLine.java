package io.gemlink.orders.entity;

import io.gemlink.orders.api.LineReason;
import io.gemlink.orders.api.LineState;
import io.gemlink.orders.api.ProposalAnswer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of an order. On a distributor order a linked line names its vendor and the vendor's SKU. Its state
 * moves only forward (see {@link LineState}); a rejected or cancelled line keeps why and when. A distributor's
 * linked line {@link #follow follows} its vendor line in the same transaction.
 */
@Entity
@Table(name = "sales_order_line")
public class SalesOrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private SalesOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(length = 255)
    private String title;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "vendor_account_id")
    private Long vendorAccountId;

    @Column(name = "vendor_sku", length = 64)
    private String vendorSku;

    @Column(nullable = false)
    private boolean backordered;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LineState state = LineState.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reason", length = 32)
    private LineReason closedReason;

    @Column(name = "closed_note", length = 500)
    private String closedNote;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When its vendor accepted it (a distributor's linked line: when the vendor line was accepted). */
    @Column(name = "accepted_at")
    private Instant acceptedAt;

    /** A later ship date its vendor proposed (null: none), with a note, when, and the distributor's answer. */
    @Column(name = "proposed_ship_date")
    private LocalDate proposedShipDate;

    @Column(name = "proposal_note", length = 500)
    private String proposalNote;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_answer", length = 16)
    private ProposalAnswer proposalAnswer;

    protected SalesOrderLine() {}

    SalesOrderLine(SalesOrder order, int lineNo, String sku, String title, int quantity, BigDecimal unitPrice) {
        this.order = order;
        this.lineNo = lineNo;
        this.sku = sku;
        this.title = title;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    public void linkTo(long vendorAccountId, String vendorSku) {
        this.vendorAccountId = vendorAccountId;
        this.vendorSku = vendorSku;
    }

    public void markBackordered() {
        this.backordered = true;
    }

    public void accept(Instant now) {
        state = LineState.ACCEPTED;
        acceptedAt = now;
    }

    public void ship() {
        state = LineState.SHIPPED;
    }

    /** Its shipment was voided: back to ACCEPTED if it had been accepted, else OPEN. A line not shipped stays. */
    public void unship() {
        if (state == LineState.SHIPPED) {
            state = acceptedAt == null ? LineState.OPEN : LineState.ACCEPTED;
        }
    }

    /** Rejected by its vendor, or cancelled: for good, with why and when. */
    public void close(LineState closed, LineReason reason, String note, Instant now) {
        if (!closed.closed()) {
            throw new IllegalArgumentException(closed + " does not close a line");
        }
        state = closed;
        closedReason = reason;
        closedNote = note;
        closedAt = now;
    }

    /** The vendor proposes to ship later: a new proposal replaces the one before, unanswered. */
    public void propose(LocalDate shipDate, String note, Instant now) {
        proposedShipDate = shipDate;
        proposalNote = note;
        proposedAt = now;
        proposalAnswer = null;
    }

    /** A proposal is waiting for the distributor's answer. */
    public boolean proposalOpen() {
        return proposedShipDate != null && proposalAnswer == null && LineState.LIVE.contains(state);
    }

    public void answerProposal(ProposalAnswer answer) {
        proposalAnswer = answer;
    }

    /** A distributor's linked line takes its vendor line's state, reason and proposed ship date. */
    public void follow(SalesOrderLine vendorLine) {
        state = vendorLine.state;
        closedReason = vendorLine.closedReason;
        closedNote = vendorLine.closedNote;
        closedAt = vendorLine.closedAt;
        acceptedAt = vendorLine.acceptedAt;
        proposedShipDate = vendorLine.proposedShipDate;
        proposalNote = vendorLine.proposalNote;
        proposedAt = vendorLine.proposedAt;
        proposalAnswer = vendorLine.proposalAnswer;
    }

    public SalesOrder getOrder() {
        return order;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getSku() {
        return sku;
    }

    public String getTitle() {
        return title;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public Long getVendorAccountId() {
        return vendorAccountId;
    }

    public String getVendorSku() {
        return vendorSku;
    }

    public boolean isBackordered() {
        return backordered;
    }

    public LineState getState() {
        return state;
    }

    public LineReason getClosedReason() {
        return closedReason;
    }

    public String getClosedNote() {
        return closedNote;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public LocalDate getProposedShipDate() {
        return proposedShipDate;
    }

    public String getProposalNote() {
        return proposalNote;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public ProposalAnswer getProposalAnswer() {
        return proposalAnswer;
    }
}
