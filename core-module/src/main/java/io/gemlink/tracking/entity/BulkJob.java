package io.gemlink.tracking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One bulk tracking upload (API or admin screen) and its report. Its counters move in the
 * transaction of each batch of shipments, so they always say what is stored, also after a crash.
 * {@code owner}/{@code bootId} name the server start running it and {@code updatedAt} is its
 * heartbeat: a RUNNING job whose server start is over, or whose heartbeat is too old, was interrupted.
 */
@Entity
@Table(name = "bulk_job")
@NamedQuery(name = BulkJob.BY_PUBLIC_ID, query = "SELECT j FROM BulkJob j WHERE j.publicId = :publicId")
@NamedQuery(
        name = BulkJob.BY_ACCOUNT,
        query = "SELECT j FROM BulkJob j WHERE j.accountId = :accountId ORDER BY j.id DESC")
@NamedQuery(name = BulkJob.COUNT_BY_ACCOUNT, query = "SELECT COUNT(j) FROM BulkJob j WHERE j.accountId = :accountId")
@NamedQuery(
        name = BulkJob.IDS_BY_ACCOUNT,
        query = "SELECT j.id FROM BulkJob j WHERE j.accountId = :accountId"
                + " AND j.status <> :running ORDER BY j.id DESC")
@NamedQuery(
        name = BulkJob.ENDED,
        query = "SELECT j.id FROM BulkJob j WHERE j.status = :running"
                + " AND (j.updatedAt < :staleBefore OR (j.owner = :owner AND j.bootId <> :bootId))")
@NamedQuery(
        name = BulkJob.RUNNING_HERE,
        query = "SELECT j.id FROM BulkJob j WHERE j.status = :running" + " AND j.bootId = :bootId")
// by primary key: locks only these rows, never a range that a starting upload would wait on
@NamedQuery(
        name = BulkJob.HEARTBEAT,
        query = "UPDATE BulkJob j SET j.updatedAt = :now" + " WHERE j.id IN :ids AND j.status = :running")
@NamedQuery(
        name = BulkJob.OLD,
        query = "SELECT j.id FROM BulkJob j WHERE j.accountId = :accountId"
                + " AND j.status <> :running AND j.startedAt < :before")
@NamedQuery(name = BulkJob.DELETE, query = "DELETE FROM BulkJob j WHERE j.id IN :ids")
public class BulkJob {

    public static final String BY_PUBLIC_ID = "BulkJob.byPublicId";
    public static final String BY_ACCOUNT = "BulkJob.byAccount";
    public static final String COUNT_BY_ACCOUNT = "BulkJob.countByAccount";
    public static final String IDS_BY_ACCOUNT = "BulkJob.idsByAccount";
    public static final String ENDED = "BulkJob.ended";
    public static final String RUNNING_HERE = "BulkJob.runningHere";
    public static final String HEARTBEAT = "BulkJob.heartbeat";
    public static final String OLD = "BulkJob.old";
    public static final String DELETE = "BulkJob.delete";

    /** Where an upload came from. */
    public enum Origin {
        API,
        SCREEN
    }

    /**
     * RUNNING until it ends: FINISHED (every row read), FAILED (stopped by its input), INTERRUPTED (server stopped).
     */
    public enum Status {
        RUNNING,
        FINISHED,
        FAILED,
        INTERRUPTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 36)
    private String publicId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Origin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "total_rows")
    private Integer totalRows;

    @Column(name = "done_rows", nullable = false)
    private int doneRows;

    @Column(name = "last_row", nullable = false)
    private int lastRow;

    @Column(nullable = false)
    private int applied;

    @Column(nullable = false)
    private int unchanged;

    @Column(nullable = false)
    private int rejected;

    @Column(nullable = false)
    private int warnings;

    @Column(length = 1000)
    private String failure;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(name = "boot_id", nullable = false, length = 36)
    private String bootId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected BulkJob() {}

    public BulkJob(
            String publicId,
            long accountId,
            Origin origin,
            String fileName,
            Integer totalRows,
            String owner,
            String bootId,
            Instant now) {
        this.publicId = publicId;
        this.accountId = accountId;
        this.origin = origin;
        this.status = Status.RUNNING;
        this.fileName = fileName;
        this.totalRows = totalRows;
        this.owner = owner;
        this.bootId = bootId;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** Counts a committed batch: call in the batch's own transaction. */
    public void count(
            int rows,
            int lastRowOfBatch,
            int appliedRows,
            int unchangedRows,
            int rejectedRows,
            int warningRows,
            Instant now) {
        doneRows += rows;
        lastRow = Math.max(lastRow, lastRowOfBatch);
        applied += appliedRows;
        unchanged += unchangedRows;
        rejected += rejectedRows;
        warnings += warningRows;
        updatedAt = now;
    }

    public void end(Status end, String failureText, Instant now) {
        status = end;
        failure = failureText == null || failureText.length() <= 1000 ? failureText : failureText.substring(0, 1000);
        finishedAt = now;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public long getAccountId() {
        return accountId;
    }

    public Origin getOrigin() {
        return origin;
    }

    public Status getStatus() {
        return status;
    }

    public String getFileName() {
        return fileName;
    }

    public Integer getTotalRows() {
        return totalRows;
    }

    public int getDoneRows() {
        return doneRows;
    }

    public int getLastRow() {
        return lastRow;
    }

    public int getApplied() {
        return applied;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getRejected() {
        return rejected;
    }

    public int getWarnings() {
        return warnings;
    }

    public String getFailure() {
        return failure;
    }

    public String getOwner() {
        return owner;
    }

    public String getBootId() {
        return bootId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
