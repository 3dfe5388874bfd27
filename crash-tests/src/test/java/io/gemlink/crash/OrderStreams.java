package io.gemlink.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The crash suite's order load: {@link #STREAMS} streams, each posting one order every {@link #ORDER_GAP} as
 * the shop until the kill, remembering every order the server acknowledged (201/200 with an id); then the kill
 * right after the next acknowledgement, and the check that every acknowledged order is stored exactly once.
 */
final class OrderStreams {

    static final int STREAMS = 4;
    static final Duration ORDER_GAP = Duration.ofMillis(100); // per stream: 4 x 10/s = 40 orders/s

    private final Partner shop;
    private final Map<String, String> shopSkus; // vendor SKU -> the shop's linked SKU
    private final String tag;
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>(); // externalId -> order id
    private final Map<String, Integer> unanswered = new ConcurrentHashMap<>(); // what the streams saw instead
    private final AtomicBoolean streaming = new AtomicBoolean(true);
    private final List<Future<?>> streams = new ArrayList<>();
    private long started; // System.nanoTime() when the streams started
    private long killedPid;
    private double secondsToTheKill;
    private int acknowledgedAtTheKill;
    private volatile CountDownLatch
            ackSignal; // armed right before the kill: counted down by the next acknowledged order

    OrderStreams(Partner shop, Map<String, String> shopSkus, String tag) {
        this.shop = shop;
        this.shopSkus = shopSkus;
        this.tag = tag;
    }

    /** Starts the streams on {@code threads} (which must have {@link #STREAMS} threads free for them). */
    void start(ExecutorService threads) {
        started = System.nanoTime();
        for (int s = 0; s < STREAMS; s++) {
            int stream = s;
            streams.add(threads.submit(() -> streamOrders(stream)));
        }
    }

    /**
     * Kills the server right after the next order it acknowledges (within a millisecond or so of that answer):
     * the newest answered commit is the one a delayed write would lose. Returns the pid killed.
     */
    long killAfterTheNextAcknowledgement(PayaraServer server) throws InterruptedException {
        ProcessHandle victim = server.process();
        CountDownLatch nextAck = new CountDownLatch(1);
        ackSignal = nextAck;
        if (!nextAck.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("no order was acknowledged in the 30 s before the kill: " + unanswered);
        }
        killedPid = server.kill(victim);
        secondsToTheKill = (System.nanoTime() - started) / 1e9;
        acknowledgedAtTheKill = acknowledged.size();
        return killedPid;
    }

    /** The kill and the load it cut, for the run's report (once the streams are {@link #stop() stopped}). */
    String theKill() {
        return String.format(
                "killed pid %d after %.0f s of load: %d orders acknowledged (%.1f/s; %d by the end of the streams),"
                        + " not acknowledged: %s",
                killedPid,
                secondsToTheKill,
                acknowledgedAtTheKill,
                acknowledgedAtTheKill / secondsToTheKill,
                acknowledged.size(),
                unanswered);
    }

    /** Ends the streams (after the kill each ends at its first unanswered order). */
    void stop() throws Exception {
        streaming.set(false);
        for (Future<?> stream : streams) {
            stream.get(60, TimeUnit.SECONDS);
        }
    }

    int acknowledged() {
        return acknowledged.size();
    }

    /** Compares the acknowledged orders with the shop's orders stored in {@code db} (the server stopped). */
    Stored storedIn(Database db) {
        Map<String, List<Long>> stored = new HashMap<>();
        for (Object[] row : db.rows("SELECT external_id, id FROM sales_order WHERE account_id = ?", shop.id())) {
            stored.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        List<String> lost = acknowledged.keySet().stream()
                .filter(id -> !stored.containsKey(id))
                .sorted()
                .toList();
        List<String> doubled = stored.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey)
                .toList();
        List<String> changed = acknowledged.entrySet().stream()
                .filter(e -> stored.containsKey(e.getKey())
                        && !stored.get(e.getKey()).contains(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        return new Stored(acknowledged.size(), lost, doubled, changed);
    }

    /** What the database holds of the acknowledged orders. */
    record Stored(int acknowledged, List<String> lost, List<String> doubled, List<String> changed) {

        /** Every order answered 201/200 with an id exists, once, with that id. */
        void assertExactlyOnce() {
            assertThat(lost)
                    .as(
                            "orders answered 201/200 with an id but gone after the restart (of %d acknowledged)",
                            acknowledged)
                    .isEmpty();
            assertThat(doubled).as("orders stored twice").isEmpty();
            assertThat(changed)
                    .as("orders stored under another id than the one answered")
                    .isEmpty();
        }
    }

    /** One stream: an order every ORDER_GAP until the kill; an answer that is not 201/200 is counted, not retried. */
    private void streamOrders(int stream) {
        long next = System.nanoTime();
        for (int n = 0; streaming.get(); n++) {
            String externalId = "kill9-" + tag + "-" + stream + "-" + n;
            // every third order also takes the rare piece, which runs out: stock is then contended
            Map<String, Integer> lines = n % 3 == 0
                    ? Map.of(shopSkus.get("CR-GOLD"), 1, shopSkus.get("CR-RARE"), 1)
                    : Map.of(shopSkus.get("CR-GOLD"), 1 + n % 2);
            try {
                Partner.Answer answer = shop.post("/api/v1/orders", CrashSuite.order(externalId, lines));
                if ((answer.status() == 201 || answer.status() == 200)) {
                    acknowledged.put(
                            externalId, answer.json().getJsonNumber("id").longValue());
                    CountDownLatch signal = ackSignal;
                    if (signal != null) {
                        signal.countDown();
                    }
                } else {
                    unanswered.merge("HTTP " + answer.status(), 1, Integer::sum);
                }
            } catch (UncheckedIOException e) {
                unanswered.merge("no answer", 1, Integer::sum);
                return; // the server is gone (or broken): this stream is done
            }
            next += ORDER_GAP.toNanos();
            long wait = next - System.nanoTime();
            if (wait > 0) {
                PayaraServer.sleep(Duration.ofNanos(wait));
            }
        }
    }
}
