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
 * person tell keys apart. A deleted key stays as a revoked row, so its hash is never issued again.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(
        name = ApiKey.ACTIVE_BY_HASH,
        query = "SELECT k FROM ApiKey k WHERE k.keyHash = :keyHash AND k.revokedAt IS NULL")
@NamedQuery(name = ApiKey.BY_HASH, query = "SELECT k FROM ApiKey k WHERE k.keyHash = :keyHash")
@NamedQuery(
        name = ApiKey.ACTIVE_OF_ACCOUNT,
        query = "SELECT k FROM ApiKey k WHERE k.accountId = :accountId AND k.revokedAt IS NULL ORDER BY k.id DESC")
public class ApiKey {

    public static final String ACTIVE_BY_HASH = "ApiKey.activeByHash";
    public static final String BY_HASH = "ApiKey.byHash";
    public static final String ACTIVE_OF_ACCOUNT = "ApiKey.activeOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "key_prefix", nullable = false, length = 16)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, length = 64, unique = true)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Written at most about once a minute per key (see ApiKeyUsage), not on every request. */
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {}

    public ApiKey(long accountId, String name, String keyPrefix, String keyHash, Instant createdAt) {
        this.accountId = accountId;
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
    }

    public void used(Instant at) {
        this.lastUsedAt = at;
    }

    public void revoke(Instant at) {
        this.revokedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
