package io.gemlink.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An account's channel connections. The Shopify webhook secret is kept as given: verifying
 * Shopify's HMAC needs the secret itself, not a hash of it.
 */
@Entity
@Table(name = "channel_settings")
public class ChannelSettings {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "shopify_webhook_secret", length = 200)
    private String shopifyWebhookSecret;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChannelSettings() {
    }

    public ChannelSettings(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    public String getShopifyWebhookSecret() { return shopifyWebhookSecret; }

    public void setShopifyWebhookSecret(String secret, Instant now) {
        this.shopifyWebhookSecret = secret;
        this.updatedAt = now;
    }
}
