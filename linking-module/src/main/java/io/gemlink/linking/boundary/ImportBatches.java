package io.gemlink.linking.boundary;

import io.gemlink.catalog.api.LinkedProductData;
import io.gemlink.linking.control.RunPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Collects a run's valid rows and writes them {@code batchSize} at a time, moving the progress from 10 to 95.
 * One batch is written (on a managed thread, in its own transaction) while the next is read and
 * mapped: the database and the parser work at the same time, and batches still commit in order.
 * A run that no longer holds its source writes no further batch.
 */
final class ImportBatches {

    private final ImportWriter writer;
    private final ExecutorService writers;
    private final int batchSize;
    private final RunPlan plan;
    private final int total;
    private final boolean sourceHasProducts;
    private final ClaimKeeper claim;
    private final List<LinkedProductData> pending = new ArrayList<>();
    private int written;
    private Future<?> writing;

    ImportBatches(
            ImportWriter writer,
            ExecutorService writers,
            int batchSize,
            RunPlan plan,
            int total,
            boolean sourceHasProducts,
            ClaimKeeper claim) {
        this.writer = writer;
        this.writers = writers;
        this.batchSize = batchSize;
        this.plan = plan;
        this.total = Math.max(1, total);
        this.sourceHasProducts = sourceHasProducts;
        this.claim = claim;
    }

    void add(LinkedProductData row) {
        pending.add(row);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            List<LinkedProductData> batch = List.copyOf(pending);
            pending.clear();
            written += batch.size();
            int progress = 10 + (int) (85L * written / total);
            awaitWritten();
            claim.ensureHeld();
            writing = writers.submit(() -> writer.apply(plan, batch, progress, sourceHasProducts));
        }
    }

    /** Waits for the batch being written; its failure fails the run here, on the run's thread. */
    void awaitWritten() {
        if (writing == null) {
            return;
        }
        try {
            writing.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a batch", e);
        } finally {
            writing = null;
        }
    }
}
