package io.gemlink.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A partner API key of one account. Only the SHA-256 of the key is stored (the key is 256 random
 * bits, so a fast hash is enough and lets every request find its key by index); the prefix helps a
 * person tell keys apart.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.ACTIVE_BY_HASH,
        query = "SELECT k FROM ApiKey k WHERE k.keyHash = :keyHash AND k.revokedAt IS NULL")
public class ApiKey {

    public static final String ACTIVE_BY_HASH = "ApiKey.activeByHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "key_prefix", nullable = false, length = 16)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, length = 64, unique = true)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    public ApiKey(long accountId, String keyPrefix, String keyHash, Instant createdAt) {
        this.accountId = accountId;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }
}
