package io.gemlink.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SkuOrderedWritersTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<String> done = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private Runnable blockedUntil(CountDownLatch release, String name) {
        return () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.add(name);
        };
    }

    @Test
    void aBatchWithOtherSkusIsWrittenWhileTheFirstStillRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (SkuOrderedWriters writers = new SkuOrderedWriters(executor, 2)) {
            writers.submit(Set.of("A-1", "A-2"), blockedUntil(release, "first"));
            CountDownLatch secondRan = new CountDownLatch(1);
            writers.submit(Set.of("B-1"), () -> {
                done.add("second");
                secondRan.countDown();
            });
            assertThat(secondRan.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(done).containsExactly("second");
            release.countDown();
        }
        assertThat(done).containsExactly("second", "first");
    }

    @Test
    void aBatchThatSharesASkuInAnyCaseWaitsForTheWriteBeforeIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (SkuOrderedWriters writers = new SkuOrderedWriters(executor, 2)) {
            writers.submit(Set.of("DUP-1", "A-2"), blockedUntil(release, "first"));
            CompletableFuture<Void> submitted =
                    CompletableFuture.runAsync(() -> writers.submit(Set.of("dup-1"), () -> done.add("second")));
            Thread.sleep(300);
            assertThat(submitted).isNotDone(); // the submitting thread waits, so the file's later row comes later
            assertThat(done).isEmpty();
            release.countDown();
            submitted.get(5, TimeUnit.SECONDS);
        }
        assertThat(done).containsExactly("first", "second");
    }

    @Test
    void noMoreThanMaxWritesRunAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (SkuOrderedWriters writers = new SkuOrderedWriters(executor, 2)) {
            writers.submit(Set.of("A"), blockedUntil(release, "a"));
            writers.submit(Set.of("B"), blockedUntil(release, "b"));
            CompletableFuture<Void> third =
                    CompletableFuture.runAsync(() -> writers.submit(Set.of("C"), () -> done.add("c")));
            Thread.sleep(300);
            assertThat(third).isNotDone();
            release.countDown();
            third.get(5, TimeUnit.SECONDS);
        }
        assertThat(done).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void closingWaitsForEveryWriteAndReportsTheFirstFailure() {
        CountDownLatch release = new CountDownLatch(1);
        SkuOrderedWriters writers = new SkuOrderedWriters(executor, 2);
        writers.submit(Set.of("A"), () -> {
            throw new IllegalStateException("refused");
        });
        writers.submit(Set.of("B"), blockedUntil(release, "b"));
        release.countDown();
        assertThatThrownBy(writers::close).hasMessage("refused");
        assertThat(done).containsExactly("b");
    }
}
