package io.gemlink.orders.entity;

import io.gemlink.orders.api.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A channel webhook delivery already taken in; a repeat of its id is ignored (unique key). */
@Entity
@Table(name = "webhook_receipt")
public class WebhookReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "webhook_id", nullable = false, length = 100)
    private String webhookId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected WebhookReceipt() {}

    public WebhookReceipt(long accountId, Channel channel, String webhookId, Instant receivedAt) {
        this.accountId = accountId;
        this.channel = channel;
        this.webhookId = webhookId;
        this.receivedAt = receivedAt;
    }
}
