package io.gemlink.tracking.boundary;

import io.gemlink.platform.api.NotFoundException;
import io.gemlink.tracking.api.BulkJobView;
import io.gemlink.tracking.api.BulkResult;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bulk uploads running in the background for the admin's progress bar: rows done, and the result
 * once finished. Kept in memory on this server for an hour (the shipments themselves are in the
 * database as each batch commits; only the report would be lost with a restart).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // a concurrent map, read by polling pages
public class BulkJobs {

    private static final Duration KEEP = Duration.ofHours(1);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    private static final class Job {
        final long accountId;
        final int totalRows;
        final Instant startedAt = Instant.now();
        volatile int doneRows;
        volatile BulkResult result;
        volatile String failure;

        Job(long accountId, int totalRows) {
            this.accountId = accountId;
            this.totalRows = totalRows;
        }
    }

    public String start(long accountId, int totalRows) {
        Instant cutoff = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> j.startedAt.isBefore(cutoff));
        String id = UUID.randomUUID().toString();
        jobs.put(id, new Job(accountId, totalRows));
        return id;
    }

    public void progress(String id, int doneRows) {
        Job job = jobs.get(id);
        if (job != null) {
            job.doneRows = doneRows;
        }
    }

    public void finished(String id, BulkResult result, String failure) {
        Job job = jobs.get(id);
        if (job != null) {
            job.result = result;
            job.failure = failure;
        }
    }

    public BulkJobView get(long accountId, String id) {
        Job job = id == null ? null : jobs.get(id);
        if (job == null || job.accountId != accountId) {
            throw new NotFoundException("bulk upload");
        }
        boolean done = job.result != null || job.failure != null;
        return new BulkJobView(id, job.totalRows, job.doneRows, done, job.result, job.failure);
    }
}
