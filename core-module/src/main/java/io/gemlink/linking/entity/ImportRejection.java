package io.gemlink.linking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One rejected feed row of a run (a bounded sample is kept; the run holds the full count). */
@Entity
@Table(name = "import_rejection")
@NamedQuery(
        name = ImportRejection.BY_RUN,
        query = "SELECT r FROM ImportRejection r WHERE r.runId = :runId ORDER BY r.rowNo")
public class ImportRejection {

    public static final String BY_RUN = "ImportRejection.byRun";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "row_no", nullable = false)
    private int rowNo;

    @Column(nullable = false, length = 500)
    private String message;

    protected ImportRejection() {}

    public ImportRejection(long runId, int rowNo, String message) {
        this.runId = runId;
        this.rowNo = rowNo;
        this.message = message.length() > 500 ? message.substring(0, 500) : message;
    }

    public int getRowNo() {
        return rowNo;
    }

    public String getMessage() {
        return message;
    }
}
