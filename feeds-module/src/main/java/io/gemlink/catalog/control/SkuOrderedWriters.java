package io.gemlink.catalog.control;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Writes of batches of products, up to {@code max} at once, each in its own transaction on its own thread, in the
 * order of a file for every SKU: a batch that shares a SKU (ignoring case, as the column's collation does) with a
 * write still running waits for it. The caller submits from one thread; closing waits for every write.
 */
public final class SkuOrderedWriters implements AutoCloseable {

    private final ExecutorService executor;
    private final int max;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();

    public SkuOrderedWriters(ExecutorService executor, int max) {
        this.executor = executor;
        this.max = Math.max(1, max);
    }

    /** Starts {@code write} once no running write shares a SKU with it and fewer than {@code max} are running. */
    public void submit(Set<String> skus, Runnable write) {
        Set<String> keys = skus.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        while (inFlight.stream().anyMatch(w -> !Collections.disjoint(w.skus(), keys)) || inFlight.size() >= max) {
            awaitOldest();
        }
        inFlight.add(new InFlight(executor.submit(write), keys));
    }

    private void awaitOldest() {
        Future<?> oldest = inFlight.removeFirst().future();
        try {
            oldest.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a catalog batch was written", e);
        }
    }

    /** Waits for every write, even after one failed (none may outlive the upload); rethrows the first failure. */
    @Override
    public void close() {
        RuntimeException first = null;
        while (!inFlight.isEmpty()) {
            try {
                awaitOldest();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private record InFlight(Future<?> future, Set<String> skus) {}
}
