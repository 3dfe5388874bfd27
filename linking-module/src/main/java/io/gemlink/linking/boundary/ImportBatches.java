package io.gemlink.linking.boundary;

import io.gemlink.catalog.api.LinkedProductData;
import io.gemlink.linking.control.RunPlan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Collects a run's valid rows and writes them {@code batchSize} at a time, moving the progress from 10 to 95.
 * Up to {@link #IN_FLIGHT} batches are written at once (on managed threads, each in its own transaction) while
 * the next is read and mapped: the parser, the driver encoding one batch and the database executing another
 * work at the same time (the writing waits mostly for the database). Batches may commit in any order: each
 * stands alone (a run that stops midway is completed by the next one, which looks its products up), and the
 * run's counters are added in the database. A run that no longer holds its source writes no further batch.
 */
final class ImportBatches {

    /** Batches being written at once. */
    static final int IN_FLIGHT = 2;

    private final ImportWriter writer;
    private final ExecutorService writers;
    private final int batchSize;
    private final RunPlan plan;
    private final int total;
    private final boolean sourceHasProducts;
    private final ClaimKeeper claim;
    private final List<LinkedProductData> pending = new ArrayList<>();
    private int written;
    private final Deque<Future<?>> writing = new ArrayDeque<>();

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
            // the last batch waits for the others: its progress (95) says every row is written
            while (writing.size() >= (written >= total ? 1 : IN_FLIGHT)) {
                await(writing.peekFirst());
            }
            claim.ensureHeld();
            writing.addLast(writers.submit(() -> writer.apply(plan, batch, progress, sourceHasProducts)));
        }
    }

    /**
     * Waits for every batch being written; the first failure fails the run here, on the run's thread, once none
     * is being written any more.
     */
    void awaitWritten() {
        RuntimeException failed = null;
        while (!writing.isEmpty()) {
            try {
                await(writing.peekFirst());
            } catch (RuntimeException e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private void await(Future<?> batch) {
        try {
            batch.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a batch", e);
        } finally {
            writing.remove(batch);
        }
    }
}
