package io.gemlink.tracking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A rejected row ({@link #REJECTED}) or a warning ({@link #WARNING}) of a bulk job, kept for its report. */
@Entity
@Table(name = "bulk_job_issue")
@NamedQuery(
        name = BulkJobIssue.BY_JOB,
        query = "SELECT i FROM BulkJobIssue i WHERE i.jobId = :jobId ORDER BY i.rowNo, i.id")
@NamedQuery(name = BulkJobIssue.DELETE_BY_JOBS, query = "DELETE FROM BulkJobIssue i WHERE i.jobId IN :ids")
public class BulkJobIssue {

    public static final String BY_JOB = "BulkJobIssue.byJob";
    public static final String DELETE_BY_JOBS = "BulkJobIssue.deleteByJobs";
    public static final String REJECTED = "R";
    public static final String WARNING = "W";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(nullable = false, length = 1)
    private String kind;

    @Column(name = "row_no", nullable = false)
    private int rowNo;

    @Column(nullable = false, length = 100)
    private String field;

    @Column(nullable = false, length = 1000)
    private String message;

    protected BulkJobIssue() {}

    public BulkJobIssue(long jobId, String kind, int rowNo, String field, String message) {
        this.jobId = jobId;
        this.kind = kind;
        this.rowNo = rowNo;
        this.field = cut(field == null ? "row" : field, 100);
        this.message = cut(message == null ? "" : message, 1000);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public long getJobId() {
        return jobId;
    }

    public String getKind() {
        return kind;
    }

    public int getRowNo() {
        return rowNo;
    }

    public String getField() {
        return field;
    }

    public String getMessage() {
        return message;
    }
}
