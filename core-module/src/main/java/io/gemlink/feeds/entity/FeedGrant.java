package io.gemlink.feeds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A distributor's access to one feed. Only the SHA-256 of the token is stored (256 random bits, so a
 * fast hash is enough and a fetch finds its grant by index). A revoked grant stays, so that the vendor
 * still sees who fetched what and when.
 */
@Entity
@Table(name = "feed_grant")
@NamedQuery(name = FeedGrant.BY_FEED, query = "SELECT g FROM FeedGrant g WHERE g.feedId = :feedId ORDER BY g.id DESC")
@NamedQuery(name = FeedGrant.BY_TOKEN_HASH, query = "SELECT g FROM FeedGrant g WHERE g.tokenHash = :tokenHash")
@NamedQuery(
        name = FeedGrant.LIVE_OF_FEED_TO,
        query = "SELECT g FROM FeedGrant g WHERE g.feedId = :feedId"
                + " AND g.distributorAccountId = :distributorAccountId AND g.revokedAt IS NULL ORDER BY g.id DESC")
@NamedQuery(
        name = FeedGrant.OF_VENDOR,
        query = "SELECT g FROM FeedGrant g WHERE g.accountId = :accountId ORDER BY g.id")
// a vendor's selection, read again scoped to the vendor (another account's ids are not found)
@NamedQuery(
        name = FeedGrant.OF_VENDOR_BY_IDS,
        query = "SELECT g FROM FeedGrant g WHERE g.accountId = :accountId AND g.id IN :ids ORDER BY g.id")
@NamedQuery(
        name = FeedGrant.TO_DISTRIBUTOR,
        query = "SELECT g FROM FeedGrant g WHERE g.distributorAccountId = :distributorAccountId ORDER BY g.id")
public class FeedGrant {

    public static final String BY_FEED = "FeedGrant.byFeed";
    public static final String BY_TOKEN_HASH = "FeedGrant.byTokenHash";
    public static final String LIVE_OF_FEED_TO = "FeedGrant.liveOfFeedTo";
    public static final String OF_VENDOR = "FeedGrant.ofVendor";
    public static final String TO_DISTRIBUTOR = "FeedGrant.toDistributor";
    public static final String OF_VENDOR_BY_IDS = "FeedGrant.ofVendorByIds";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "feed_id", nullable = false)
    private long feedId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "distributor_account_id", nullable = false)
    private long distributorAccountId;

    @Column(name = "distributor_public_id", nullable = false, length = 16)
    private String distributorPublicId;

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_fetched_at")
    private Instant lastFetchedAt;

    @Column(name = "fetch_count", nullable = false)
    private long fetchCount;

    protected FeedGrant() {}

    public FeedGrant(
            long feedId,
            long accountId,
            long distributorAccountId,
            String distributorPublicId,
            String tokenPrefix,
            String tokenHash,
            Instant createdAt) {
        this.feedId = feedId;
        this.accountId = accountId;
        this.distributorAccountId = distributorAccountId;
        this.distributorPublicId = distributorPublicId;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void fetched(Instant now) {
        lastFetchedAt = now;
        fetchCount++;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getFeedId() {
        return feedId;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getDistributorAccountId() {
        return distributorAccountId;
    }

    public String getDistributorPublicId() {
        return distributorPublicId;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastFetchedAt() {
        return lastFetchedAt;
    }

    public long getFetchCount() {
        return fetchCount;
    }
}
