package io.gemlink.orders.entity;

import io.gemlink.platform.entity.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An account's channel connections. Verifying Shopify's HMAC needs the webhook secret itself, not a
 * hash of it, so it is stored sealed with the server's key ({@link SealedText}).
 */
@Entity
@Table(name = "channel_settings")
public class ChannelSettings {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "shopify_webhook_secret", length = 1000)
    @Convert(converter = SealedText.class)
    private String shopifyWebhookSecret;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChannelSettings() {}

    public ChannelSettings(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    public String getShopifyWebhookSecret() {
        return shopifyWebhookSecret;
    }

    public void setShopifyWebhookSecret(String secret, Instant now) {
        this.shopifyWebhookSecret = secret;
        this.updatedAt = now;
    }
}
