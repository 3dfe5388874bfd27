package io.gemlink.linking.entity;

import io.gemlink.platform.entity.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A distributor's subscription to one vendor feed: where to fetch it, how often, and the rules that
 * turn feed rows into linked products. Also holds the scheduling state ({@code nextRunAt}, the claim
 * of a running import) and what the last good run taught ({@code etag}, row count, vendor).
 * No {@code @Version}: the timer, runs and the user's edits write different columns of this row
 * concurrently, and EclipseLink writes only the columns that changed.
 */
@Entity
@Table(name = "import_source")
@NamedQuery(
        name = ImportSource.BY_ACCOUNT,
        query = "SELECT s FROM ImportSource s WHERE s.accountId = :accountId ORDER BY s.id DESC")
@NamedQuery(
        name = ImportSource.COUNT_BY_ACCOUNT,
        query = "SELECT COUNT(s) FROM ImportSource s WHERE s.accountId = :accountId")
// native: these compare and set DATETIME columns with plain UTC timestamps, one atomic statement each
@NamedNativeQuery(
        name = ImportSource.DUE,
        query = "SELECT id FROM import_source WHERE next_run_at <= ? AND (claimed_at IS NULL OR claimed_at < ?)"
                + " ORDER BY next_run_at")
@NamedNativeQuery(
        name = ImportSource.CLAIM,
        query = "UPDATE import_source SET claimed_at = ?, claim_run_id = NULL WHERE id = ?"
                + " AND (claimed_at IS NULL OR claimed_at < ?)")
// a timer's claim: only while the source is still due, so that a run of another instance that claimed it at the
// same tick and already ended (next_run_at moved on) is not run again in the same slot
@NamedNativeQuery(
        name = ImportSource.CLAIM_DUE,
        query = "UPDATE import_source SET claimed_at = ?, claim_run_id = NULL WHERE id = ?"
                + " AND (claimed_at IS NULL OR claimed_at < ?) AND next_run_at <= ?")
// the claim's holder, set in the claiming transaction (the row stays locked by CLAIM until it commits)
@NamedNativeQuery(name = ImportSource.HOLD, query = "UPDATE import_source SET claim_run_id = ? WHERE id = ?")
// only the run that holds the claim may refresh or release it: a run whose claim expired and was taken
// over changes nothing
@NamedNativeQuery(
        name = ImportSource.REFRESH,
        query = "UPDATE import_source SET claimed_at = ? WHERE id = ? AND claim_run_id = ?")
@NamedNativeQuery(
        name = ImportSource.RELEASE,
        query = "UPDATE import_source SET claimed_at = NULL, claim_run_id = NULL WHERE id = ? AND claim_run_id = ?")
@NamedQuery(name = ImportSource.BY_FEED, query = "SELECT s FROM ImportSource s WHERE s.feedId = :feedId")
@NamedQuery(
        name = ImportSource.IN_NETWORK_OF_ACCOUNT,
        query = "SELECT s FROM ImportSource s WHERE s.accountId = :accountId AND s.feedId IS NOT NULL")
@NamedQuery(
        name = ImportSource.OF_VENDOR,
        query = "SELECT s FROM ImportSource s WHERE s.vendorAccountId = :vendorAccountId")
@NamedNativeQuery(
        name = ImportSource.DUE_NOW_FOR_VENDOR,
        query = "UPDATE import_source SET next_run_at = ?, due_trigger = 'VENDOR_CHANGE'"
                + " WHERE vendor_account_id = ? AND next_run_at > ? AND paused = 0")
public class ImportSource {

    public static final String BY_ACCOUNT = "ImportSource.byAccount";
    public static final String COUNT_BY_ACCOUNT = "ImportSource.countByAccount";
    public static final String DUE = "ImportSource.due";
    public static final String CLAIM = "ImportSource.claim";
    public static final String CLAIM_DUE = "ImportSource.claimDue";
    public static final String HOLD = "ImportSource.hold";
    public static final String REFRESH = "ImportSource.refresh";
    public static final String RELEASE = "ImportSource.release";
    public static final String DUE_NOW_FOR_VENDOR = "ImportSource.dueNowForVendor";
    public static final String BY_FEED = "ImportSource.byFeed";
    public static final String IN_NETWORK_OF_ACCOUNT = "ImportSource.inNetworkOfAccount";
    public static final String OF_VENDOR = "ImportSource.ofVendor";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "feed_url", nullable = false, length = 2000)
    private String feedUrl;

    /** Sent to the feed as a bearer token, so kept sealed with the server's key, not hashed. */
    @Column(length = 1000)
    @Convert(converter = SealedText.class)
    private String token;

    @Column(name = "every_minutes", nullable = false)
    private int everyMinutes;

    @Column(name = "markup_percent", nullable = false, precision = 7, scale = 2)
    private BigDecimal markupPercent;

    @Column(nullable = false, length = 16)
    private String rounding;

    @Column(name = "stock_buffer", nullable = false)
    private int stockBuffer;

    @Column(name = "missing_rule", nullable = false, length = 16)
    private String missingRule;

    /** Fields later runs leave alone once the product exists, as ",title,description,". */
    @Column(name = "keep_fields", length = 500)
    private String keepFields;

    /** The feed of the live grant that made this source in-network; null: an external source. */
    @Column(name = "feed_id")
    private Long feedId;

    /** The live grant the last check found (a vendor may revoke one and grant the feed anew). */
    @Column(name = "grant_id")
    private Long grantId;

    /** Why the link to the vendor is ended now (revoked, feed deleted, a switch off); null while live. */
    @Column(name = "link_ended_reason", length = 300)
    private String linkEndedReason;

    @Column(name = "link_ended_at")
    private Instant linkEndedAt;

    /** The owner of the grant's feed (in-network only); never what a feed says about itself. */
    @Column(name = "vendor_public_id", length = 16)
    private String vendorPublicId;

    @Column(name = "vendor_account_id")
    private Long vendorAccountId;

    @Column(length = 200)
    private String etag;

    /** The {@code since} of the next changes-only fetch; null: the next run fetches the whole feed. */
    @Column(name = "changes_since")
    private Instant changesSince;

    /** When a run last applied the whole feed (a changes-only run never sets it). */
    @Column(name = "last_full_at")
    private Instant lastFullAt;

    @Column(name = "last_good_count")
    private Integer lastGoodCount;

    /** When the vendor last confirmed the whole feed (a complete, non-suspicious run or a 304). */
    @Column(name = "last_confirmed_at")
    private Instant lastConfirmedAt;

    @Column(name = "last_run_id")
    private Long lastRunId;

    @Column(name = "next_run_at", nullable = false)
    private Instant nextRunAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    /** The run that holds the claim (written only by the claim statements). */
    @Column(name = "claim_run_id")
    private Long claimRunId;

    /** Scheduled runs are skipped while paused; "Run now" still runs. */
    @Column(nullable = false)
    private boolean paused;

    @Column(name = "paused_reason", length = 300)
    private String pausedReason;

    /** Why the source is due before its interval passed ({@code ImportRun.VENDOR_CHANGE}); null: by schedule. */
    @Column(name = "due_trigger", length = 16)
    private String dueTrigger;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A UTC instant as the native queries above bind it (what {@code InstantConverter} stores). */
    public static java.sql.Timestamp utc(Instant instant) {
        return java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
    }

    protected ImportSource() {}

    public ImportSource(long accountId, Instant now) {
        this.accountId = accountId;
        this.createdAt = now;
        this.nextRunAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getFeedUrl() {
        return feedUrl;
    }

    public void setFeedUrl(String feedUrl) {
        this.feedUrl = feedUrl;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public int getEveryMinutes() {
        return everyMinutes;
    }

    public void setEveryMinutes(int everyMinutes) {
        this.everyMinutes = everyMinutes;
    }

    public BigDecimal getMarkupPercent() {
        return markupPercent;
    }

    public void setMarkupPercent(BigDecimal markupPercent) {
        this.markupPercent = markupPercent;
    }

    public String getRounding() {
        return rounding;
    }

    public void setRounding(String rounding) {
        this.rounding = rounding;
    }

    public int getStockBuffer() {
        return stockBuffer;
    }

    public void setStockBuffer(int stockBuffer) {
        this.stockBuffer = stockBuffer;
    }

    public String getMissingRule() {
        return missingRule;
    }

    public void setMissingRule(String missingRule) {
        this.missingRule = missingRule;
    }

    public String getKeepFields() {
        return keepFields;
    }

    public void setKeepFields(String keepFields) {
        this.keepFields = keepFields;
    }

    public String getVendorPublicId() {
        return vendorPublicId;
    }

    public Long getVendorAccountId() {
        return vendorAccountId;
    }

    public Long getFeedId() {
        return feedId;
    }

    public Long getGrantId() {
        return grantId;
    }

    public String getLinkEndedReason() {
        return linkEndedReason;
    }

    public Instant getLinkEndedAt() {
        return linkEndedAt;
    }

    public boolean isInNetwork() {
        return feedId != null;
    }

    /** In-network through this live grant of the vendor's feed. */
    public void bindTo(long feedId, long grantId, long vendorAccountId, String vendorPublicId) {
        if (this.feedId == null || this.feedId != feedId) {
            forgetFeedState(); // another feed: the next run takes it whole
        }
        this.feedId = feedId;
        this.grantId = grantId;
        this.vendorAccountId = vendorAccountId;
        this.vendorPublicId = vendorPublicId;
    }

    /** External: its rows become the distributor's own products, never linked, never mirrored. */
    public void unbind() {
        if (feedId != null) {
            forgetFeedState();
        }
        this.feedId = null;
        this.grantId = null;
        this.vendorAccountId = null;
        this.vendorPublicId = null;
        this.linkEndedReason = null;
        this.linkEndedAt = null;
    }

    /**
     * The link is ended (its products were set to 0): the next live run must take the whole feed again,
     * since products whose feed rows did not change would otherwise stay at 0.
     */
    public void linkEnded(String reason, Instant now) {
        if (linkEndedReason == null) {
            linkEndedAt = now;
        }
        linkEndedReason = reason;
        forgetFeedState();
    }

    public void linkRestored(long grantId) {
        this.grantId = grantId;
        this.linkEndedReason = null;
        this.linkEndedAt = null;
    }

    private void forgetFeedState() {
        etag = null;
        changesSince = null;
    }

    public String getEtag() {
        return etag;
    }

    public void setEtag(String etag) {
        this.etag = etag;
    }

    public Instant getChangesSince() {
        return changesSince;
    }

    public void setChangesSince(Instant changesSince) {
        this.changesSince = changesSince;
    }

    public Instant getLastFullAt() {
        return lastFullAt;
    }

    public void setLastFullAt(Instant lastFullAt) {
        this.lastFullAt = lastFullAt;
    }

    public Integer getLastGoodCount() {
        return lastGoodCount;
    }

    public void setLastGoodCount(Integer lastGoodCount) {
        this.lastGoodCount = lastGoodCount;
    }

    public Instant getLastConfirmedAt() {
        return lastConfirmedAt;
    }

    public void setLastConfirmedAt(Instant lastConfirmedAt) {
        this.lastConfirmedAt = lastConfirmedAt;
    }

    public Long getLastRunId() {
        return lastRunId;
    }

    public void setLastRunId(Long lastRunId) {
        this.lastRunId = lastRunId;
    }

    public Instant getNextRunAt() {
        return nextRunAt;
    }

    public void setNextRunAt(Instant nextRunAt) {
        this.nextRunAt = nextRunAt;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Long getClaimRunId() {
        return claimRunId;
    }

    public boolean isPaused() {
        return paused;
    }

    public void setPaused(boolean paused) {
        this.paused = paused;
    }

    public String getPausedReason() {
        return pausedReason;
    }

    public void setPausedReason(String pausedReason) {
        this.pausedReason = pausedReason;
    }

    public String getDueTrigger() {
        return dueTrigger;
    }

    public void setDueTrigger(String dueTrigger) {
        this.dueTrigger = dueTrigger;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
