package io.gemlink.tracking.boundary;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.tracking.api.BulkResult;
import io.gemlink.tracking.api.BulkRow;
import io.gemlink.tracking.api.RowIssue;
import io.gemlink.tracking.control.BulkCsv;
import io.gemlink.tracking.control.TrackingConfig;
import io.gemlink.tracking.entity.BulkJob;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Bulk tracking: rows (from a JSON array or a CSV stream) applied in batches, each batch in its own
 * transaction ({@link BulkChunk}). Good rows apply and propagate like single shipments; bad rows
 * come back with their row number, field and reason. A batch that fails unexpectedly is retried
 * row by row, so one broken row never takes its neighbours down. Every upload is a job
 * ({@link BulkJobs}): its report is in the database, counted batch by batch, and outlives the server.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // every batch commits on its own
public class BulkTracking {

    private static final Logger LOG = Logger.getLogger(BulkTracking.class.getName());
    private static final String UNREADABLE = "The upload could not be read to the end.";

    @EJB
    BulkChunk chunk;

    @EJB
    BulkJobs jobs;

    @Inject
    @ConfigProperties
    TrackingConfig config;

    /** The JSON form of the API: one job, applied at once. */
    public BulkResult apply(long accountId, List<BulkRow> rows) {
        String jobId = jobs.start(accountId, BulkJob.Origin.API, null, rows.size());
        return run(jobId, accountId, rows.iterator());
    }

    /**
     * The CSV form of the API, streamed (header {@code orderNumber,carrier,trackingNumber,sendDate,extendedField1}).
     * A header the upload cannot start with is refused before a job exists.
     */
    public BulkResult applyCsv(long accountId, InputStream csv) {
        Iterator<BulkRow> rows = BulkCsv.rows(csv);
        String jobId = jobs.start(accountId, BulkJob.Origin.API, null, null);
        return run(jobId, accountId, rows);
    }

    /**
     * Applies an uploaded CSV file in the background for a job the screen started; the job records the
     * progress and the report. Deletes the file when done.
     */
    @Asynchronous
    public void runCsv(String jobId, long accountId, Path file) {
        try (InputStream csv = Files.newInputStream(file)) {
            run(jobId, accountId, BulkCsv.rows(csv));
        } catch (BadInputException e) {
            // the header refused (a failure later in the file is on the job already: an ended job stays as it is)
            jobs.failed(jobId, reason(e));
        } catch (ConflictException e) {
            LOG.info(() -> "bulk tracking upload " + jobId + " stopped: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "bulk tracking upload " + jobId + " failed", e);
            jobs.failed(jobId, UNREADABLE);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.FINE, "temporary upload not deleted", e);
            }
        }
    }

    /** Applies the rows batch by batch into the job, then ends it: FINISHED, or FAILED when the input broke off. */
    private BulkResult run(String jobId, long accountId, Iterator<BulkRow> rows) {
        Totals totals = new Totals();
        try {
            List<BulkRow> batch = new ArrayList<>(config.bulkBatchSize);
            while (rows.hasNext()) {
                batch.add(rows.next());
                if (batch.size() == config.bulkBatchSize) {
                    totals.add(applyBatch(jobId, accountId, batch));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                totals.add(applyBatch(jobId, accountId, batch));
            }
        } catch (BadInputException e) {
            jobs.failed(jobId, reason(e));
            throw e;
        } catch (ConflictException e) {
            throw e; // the job was marked interrupted: its report says so already
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "bulk tracking upload " + jobId + " failed", e);
            jobs.failed(jobId, UNREADABLE);
            throw e;
        }
        jobs.finished(jobId);
        return new BulkResult(jobId, totals.applied, totals.unchanged, totals.rejected, totals.warnings);
    }

    /** "The header row lacks the column carrier (…)." */
    private static String reason(BadInputException e) {
        String message = e.errors().isEmpty()
                ? "the upload was refused"
                : e.errors().get(0).message();
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    private List<BulkChunk.Outcome> applyBatch(String jobId, long accountId, List<BulkRow> batch) {
        try {
            return List.of(chunk.apply(jobId, accountId, List.copyOf(batch)));
        } catch (ConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "bulk tracking batch failed; retrying its rows one by one", e);
            List<BulkChunk.Outcome> outcomes = new ArrayList<>();
            for (BulkRow row : batch) {
                try {
                    outcomes.add(chunk.apply(jobId, accountId, List.of(row)));
                } catch (ConflictException stopped) {
                    throw stopped;
                } catch (RuntimeException rowFailure) {
                    RowIssue issue = new RowIssue(row.row(), "row", "could not be stored; try it again");
                    jobs.countUnstored(jobId, issue);
                    outcomes.add(new BulkChunk.Outcome(0, 0, List.of(issue), List.of()));
                }
            }
            return outcomes;
        }
    }

    private static final class Totals {
        int applied;
        int unchanged;
        final List<RowIssue> rejected = new ArrayList<>();
        final List<RowIssue> warnings = new ArrayList<>();

        void add(List<BulkChunk.Outcome> outcomes) {
            for (BulkChunk.Outcome o : outcomes) {
                applied += o.applied();
                unchanged += o.unchanged();
                rejected.addAll(o.rejected());
                warnings.addAll(o.warnings());
            }
        }
    }
}
