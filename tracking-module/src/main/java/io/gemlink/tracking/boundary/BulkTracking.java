package io.gemlink.tracking.boundary;

import io.gemlink.tracking.api.BulkResult;
import io.gemlink.tracking.api.BulkRow;
import io.gemlink.tracking.api.RowIssue;
import io.gemlink.tracking.control.BulkCsv;
import io.gemlink.platform.api.BadInputException;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk tracking: rows (from a JSON array or a CSV stream) applied in batches, each batch in its own
 * transaction ({@link BulkChunk}). Good rows apply and propagate like single shipments; bad rows
 * come back with their row number, field and reason. A batch that fails unexpectedly is retried
 * row by row, so one broken row never takes its neighbours down.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // every batch commits on its own
public class BulkTracking {

    private static final Logger LOG = Logger.getLogger(BulkTracking.class.getName());

    @EJB
    BulkChunk chunk;

    @EJB
    BulkJobs jobs;

    @Inject
    @ConfigProperty(name = "gemlink.tracking.bulk.batch-size", defaultValue = "200")
    int batchSize;

    public BulkResult apply(long accountId, List<BulkRow> rows) {
        return apply(accountId, rows.iterator(), done -> { });
    }

    /** Reads CSV with the header {@code orderNumber,carrier,trackingNumber,sendDate,extendedField1}. */
    public BulkResult applyCsv(long accountId, InputStream csv, IntConsumer progress) {
        return apply(accountId, BulkCsv.rows(csv), progress);
    }

    /**
     * Applies an uploaded CSV file in the background, telling {@link BulkJobs} the progress and the
     * result; deletes the file when done.
     */
    @Asynchronous
    public void runCsv(String jobId, long accountId, Path file) {
        try (InputStream csv = Files.newInputStream(file)) {
            jobs.finished(jobId, applyCsv(accountId, csv, done -> jobs.progress(jobId, done)), null);
        } catch (BadInputException e) {
            jobs.finished(jobId, null, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "bulk tracking upload " + jobId + " failed", e);
            jobs.finished(jobId, null, "The upload could not be read to the end; rows applied so far stay applied.");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.FINE, "temporary upload not deleted", e);
            }
        }
    }

    /** @param progress told the number of rows done after every batch */
    public BulkResult apply(long accountId, Iterator<BulkRow> rows, IntConsumer progress) {
        Totals totals = new Totals();
        List<BulkRow> batch = new ArrayList<>(batchSize);
        while (rows.hasNext()) {
            batch.add(rows.next());
            if (batch.size() == batchSize) {
                totals.add(applyBatch(accountId, batch));
                progress.accept(totals.rows);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            totals.add(applyBatch(accountId, batch));
            progress.accept(totals.rows);
        }
        return new BulkResult(totals.applied, totals.unchanged, totals.rejected, totals.warnings);
    }

    private List<BulkChunk.Outcome> applyBatch(long accountId, List<BulkRow> batch) {
        try {
            return List.of(chunk.apply(accountId, List.copyOf(batch)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "bulk tracking batch failed; retrying its rows one by one", e);
            List<BulkChunk.Outcome> outcomes = new ArrayList<>();
            for (BulkRow row : batch) {
                try {
                    outcomes.add(chunk.apply(accountId, List.of(row)));
                } catch (RuntimeException rowFailure) {
                    outcomes.add(new BulkChunk.Outcome(0, 0, List.of(new RowIssue(row.row(), "row",
                            "could not be stored; try it again")), List.of()));
                }
            }
            return outcomes;
        }
    }

    private static final class Totals {
        int rows;
        int applied;
        int unchanged;
        final List<RowIssue> rejected = new ArrayList<>();
        final List<RowIssue> warnings = new ArrayList<>();

        void add(List<BulkChunk.Outcome> outcomes) {
            for (BulkChunk.Outcome o : outcomes) {
                rows += o.applied() + o.unchanged() + o.rejected().size();
                applied += o.applied();
                unchanged += o.unchanged();
                rejected.addAll(o.rejected());
                warnings.addAll(o.warnings());
            }
        }
    }
}
