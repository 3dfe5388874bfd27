package io.gemlink.tracking.entity;

import io.gemlink.platform.entity.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where an account wants to hear of new shipments on its orders. Signing each notice with HMAC needs
 * the secret itself, not a hash of it, so it is stored sealed with the server's key ({@link SealedText}).
 */
@Entity
@Table(name = "tracking_webhook")
@NamedQuery(
        name = TrackingWebhook.OF_ACCOUNTS,
        query = "SELECT w FROM TrackingWebhook w WHERE w.accountId IN :accountIds")
public class TrackingWebhook {

    public static final String OF_ACCOUNTS = "TrackingWebhook.ofAccounts";

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = 1000)
    private String url;

    @Column(nullable = false, length = 1000)
    @Convert(converter = SealedText.class)
    private String secret;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TrackingWebhook() {}

    public TrackingWebhook(long accountId, String url, String secret, Instant now) {
        this.accountId = accountId;
        change(url, secret, now);
    }

    public void change(String url, String secret, Instant now) {
        this.url = url;
        this.secret = secret;
        this.updatedAt = now;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getUrl() {
        return url;
    }

    public String getSecret() {
        return secret;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
