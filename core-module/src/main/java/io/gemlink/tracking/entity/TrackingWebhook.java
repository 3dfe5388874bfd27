package io.gemlink.tracking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Where an account wants to hear of new shipments on its orders. The secret is kept as given:
 * signing each notice with HMAC needs the secret itself, not a hash of it.
 */
@Entity
@Table(name = "tracking_webhook")
public class TrackingWebhook {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = 1000)
    private String url;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TrackingWebhook() {
    }

    public TrackingWebhook(long accountId, String url, String secret, Instant now) {
        this.accountId = accountId;
        change(url, secret, now);
    }

    public void change(String url, String secret, Instant now) {
        this.url = url;
        this.secret = secret;
        this.updatedAt = now;
    }

    public long getAccountId() { return accountId; }
    public String getUrl() { return url; }
    public String getSecret() { return secret; }
    public Instant getUpdatedAt() { return updatedAt; }
}
