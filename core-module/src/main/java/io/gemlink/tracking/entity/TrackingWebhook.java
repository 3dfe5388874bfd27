package io.gemlink.tracking.entity;

import io.gemlink.platform.entity.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The account's one outbound webhook: where it wants to hear of the events it subscribes to ({@code events},
 * stored as comma-separated names; the tracking webhook of old is this row with {@code shipment.added}). Signing
 * each notice with HMAC needs the secret itself, not a hash of it, so it is stored sealed with the server's key
 * ({@link SealedText}).
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

    @Column(nullable = false, length = 500)
    private String events;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TrackingWebhook() {}

    public TrackingWebhook(long accountId, String url, String secret, Collection<String> events, Instant now) {
        this.accountId = accountId;
        change(url, secret, events, now);
    }

    public void change(String url, String secret, Collection<String> events, Instant now) {
        change(url, secret, now);
        this.events = String.join(",", events);
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

    /** The subscribed event names, as stored. */
    public List<String> getEvents() {
        return events == null || events.isEmpty() ? List.of() : Arrays.asList(events.split(","));
    }

    public boolean subscribes(String event) {
        return getEvents().contains(event);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
