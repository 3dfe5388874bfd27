package io.gemlink.linking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import of a source's feed: its status, progress and counters. */
@Entity
@Table(name = "import_run")
@NamedQuery(
        name = ImportRun.BY_SOURCE,
        query = "SELECT r FROM ImportRun r WHERE r.sourceId = :sourceId ORDER BY r.id DESC")
@NamedQuery(name = ImportRun.COUNT_BY_SOURCE, query = "SELECT COUNT(r) FROM ImportRun r WHERE r.sourceId = :sourceId")
@NamedQuery(
        name = ImportRun.RUNNING_BY_SOURCE,
        query = "SELECT r FROM ImportRun r WHERE r.sourceId = :sourceId AND r.status = 'RUNNING'")
public class ImportRun {

    public static final String BY_SOURCE = "ImportRun.bySource";
    public static final String COUNT_BY_SOURCE = "ImportRun.countBySource";
    public static final String RUNNING_BY_SOURCE = "ImportRun.runningBySource";

    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    /** Triggers: the source's interval passed (or a new grant, a switch turned on, made it due). */
    public static final String SCHEDULE = "SCHEDULE";
    /** Triggers: the vendor's products changed in this deployment and made the source due at once. */
    public static final String VENDOR_CHANGE = "VENDOR_CHANGE";
    /** Triggers: "Run now" (the API or the screen). */
    public static final String MANUAL = "MANUAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "run_trigger", nullable = false, length = 16)
    private String trigger;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private int progress;

    @Column(name = "rows_read")
    private int rowsRead;

    private int created;
    private int updated;
    private int unchanged;
    private int removed;
    private int rejected;

    @Column(name = "not_modified")
    private boolean notModified;

    private boolean suspicious;

    /** Fetched with {@code since}: only what changed or left the feed since the previous run. */
    @Column(name = "changes_only")
    private boolean changesOnly;

    @Column(length = 1000)
    private String note;

    @Column(length = 1000)
    private String failure;

    protected ImportRun() {}

    public ImportRun(long sourceId, long accountId, String trigger, Instant now) {
        this.sourceId = sourceId;
        this.accountId = accountId;
        this.trigger = trigger;
        this.status = RUNNING;
        this.startedAt = now;
    }

    public void succeed(Instant now, String note) {
        this.status = SUCCEEDED;
        this.finishedAt = now;
        this.progress = 100;
        this.note = clip(note);
    }

    public void fail(Instant now, String failure) {
        this.status = FAILED;
        this.finishedAt = now;
        this.failure = clip(failure == null ? "failed" : failure);
    }

    /** Adds one batch's counters. */
    public void count(int read, int created, int updated, int unchanged, int removed, int rejected) {
        this.rowsRead += read;
        this.created += created;
        this.updated += updated;
        this.unchanged += unchanged;
        this.removed += removed;
        this.rejected += rejected;
    }

    private static String clip(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    public Long getId() {
        return id;
    }

    public long getSourceId() {
        return sourceId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getTrigger() {
        return trigger;
    }

    public String getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getProgress() {
        return progress;
    }

    public void setProgress(int progress) {
        this.progress = Math.max(0, Math.min(100, progress));
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getRemoved() {
        return removed;
    }

    public int getRejected() {
        return rejected;
    }

    public void setRejected(int rejected) {
        this.rejected = rejected;
    }

    public boolean isNotModified() {
        return notModified;
    }

    public void setNotModified(boolean notModified) {
        this.notModified = notModified;
    }

    public boolean isChangesOnly() {
        return changesOnly;
    }

    public void setChangesOnly(boolean changesOnly) {
        this.changesOnly = changesOnly;
    }

    public boolean isSuspicious() {
        return suspicious;
    }

    public void setSuspicious(boolean suspicious) {
        this.suspicious = suspicious;
    }

    public String getNote() {
        return note;
    }

    public String getFailure() {
        return failure;
    }
}
