package io.gemlink.tracking.entity;

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
 * One notice of an event owed to an account's webhook (the outbox), one per (account, event, occurrence): written
 * in the transaction of what it announces, sent after the commit and retried by a timer with exponential backoff
 * until the receiver answers 2xx or the attempts run out. The body is fixed when written, so every retry sends the
 * same bytes (signed with that attempt's timestamp).
 */
@Entity
@Table(name = "tracking_webhook_delivery")
@NamedQuery(
        name = WebhookDelivery.BY_SHIPMENTS,
        query = "SELECT d.id FROM WebhookDelivery d WHERE d.event = :event AND d.shipmentId IN :shipmentIds")
@NamedQuery(
        name = WebhookDelivery.BY_OCCURRENCE,
        query = "SELECT d.id FROM WebhookDelivery d WHERE d.accountId = :accountId AND d.event = :event"
                + " AND d.occurrence = :occurrence")
@NamedQuery(
        name = WebhookDelivery.BY_ACCOUNT_EVENT,
        query = "SELECT d FROM WebhookDelivery d WHERE d.accountId = :accountId AND d.event = :event"
                + " ORDER BY d.id DESC")
@NamedQuery(
        name = WebhookDelivery.COUNT_BY_ACCOUNT_EVENT,
        query = "SELECT COUNT(d) FROM WebhookDelivery d WHERE d.accountId = :accountId AND d.event = :event")
@NamedQuery(
        name = WebhookDelivery.DUE,
        query = "SELECT d.id FROM WebhookDelivery d WHERE d.state = :state"
                + " AND d.nextAttemptAt <= :now AND (d.claimedUntil IS NULL OR d.claimedUntil < :now) ORDER"
                + " BY d.nextAttemptAt")
@NamedQuery(
        name = WebhookDelivery.BY_ACCOUNT,
        query = "SELECT d FROM WebhookDelivery d WHERE d.accountId = :accountId ORDER BY d.id DESC")
@NamedQuery(
        name = WebhookDelivery.COUNT_BY_ACCOUNT,
        query = "SELECT COUNT(d) FROM WebhookDelivery d WHERE d.accountId = :accountId")
public class WebhookDelivery {

    public static final String BY_SHIPMENTS = "WebhookDelivery.byShipments";
    public static final String BY_OCCURRENCE = "WebhookDelivery.byOccurrence";
    public static final String BY_ACCOUNT_EVENT = "WebhookDelivery.byAccountEvent";
    public static final String COUNT_BY_ACCOUNT_EVENT = "WebhookDelivery.countByAccountEvent";
    public static final String DUE = "WebhookDelivery.due";
    public static final String BY_ACCOUNT = "WebhookDelivery.byAccount";
    public static final String COUNT_BY_ACCOUNT = "WebhookDelivery.countByAccount";

    /** Where a notice stands: still owed, received by the partner, or given up after the last attempt. */
    public enum State {
        PENDING,
        DELIVERED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 40)
    private String event;

    /** What makes this notice one of its kind, e.g. the shipment's or the order's id. */
    @Column(nullable = false, length = 100)
    private String occurrence;

    @Column(name = "shipment_id")
    private Long shipmentId;

    @Column(name = "order_number", length = 20)
    private String orderNumber;

    @Column(nullable = false, length = 1000)
    private String url;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {}

    public WebhookDelivery(
            long accountId,
            String event,
            String occurrence,
            Long shipmentId,
            String orderNumber,
            String url,
            String payload,
            Instant now) {
        this.accountId = accountId;
        this.event = event;
        this.occurrence = occurrence;
        this.shipmentId = shipmentId;
        this.orderNumber = orderNumber;
        this.url = url;
        this.payload = payload;
        this.state = State.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Taken by one sender until {@code until}; another sender leaves it alone meanwhile. */
    public void claim(Instant until) {
        this.claimedUntil = until;
    }

    public void delivered(int status, Instant now) {
        attempts++;
        state = State.DELIVERED;
        lastStatus = status;
        lastError = null;
        deliveredAt = now;
        claimedUntil = null;
    }

    /** A failed attempt: try again at {@code next}, or give up when there is none. */
    public void failed(Integer status, String error, Instant next) {
        attempts++;
        lastStatus = status;
        lastError = error;
        claimedUntil = null;
        if (next == null) {
            state = State.FAILED;
        } else {
            nextAttemptAt = next;
        }
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getEvent() {
        return event;
    }

    public String getOccurrence() {
        return occurrence;
    }

    public Long getShipmentId() {
        return shipmentId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getUrl() {
        return url;
    }

    public String getPayload() {
        return payload;
    }

    public State getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
