package io.gemlink.tracking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try at delivering a tracking notice: when, the receiver's status code or the error, how long. */
@Entity
@Table(name = "tracking_webhook_attempt")
@NamedQuery(
        name = WebhookAttempt.BY_DELIVERIES,
        query = "SELECT a FROM WebhookAttempt a WHERE a.deliveryId IN :ids" + " ORDER BY a.deliveryId, a.attemptNo")
public class WebhookAttempt {

    public static final String BY_DELIVERIES = "WebhookAttempt.byDeliveries";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_id", nullable = false)
    private long deliveryId;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(length = 500)
    private String error;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    protected WebhookAttempt() {}

    public WebhookAttempt(
            long deliveryId, int attemptNo, Instant attemptedAt, Integer statusCode, String error, long durationMs) {
        this.deliveryId = deliveryId;
        this.attemptNo = attemptNo;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error;
        this.durationMs = durationMs;
    }

    public long getDeliveryId() {
        return deliveryId;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public String getError() {
        return error;
    }

    public long getDurationMs() {
        return durationMs;
    }
}
