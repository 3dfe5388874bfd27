package io.gemlink.cluster;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Orders at a fixed rate through the balancer, open loop: one is sent every {@code 1/rate} s whether or not the
 * ones before were answered, by a small pool of {@link #SENDERS} threads. A tick that finds every sender busy
 * sends nothing and is counted ({@link #notSent()}): without that bound the requests in flight grew past nginx's
 * 1,024 connections on this machine, and nginx answered 500 itself. Each order has a unique channel {@code API}
 * external id, 1 to 3 lines on the distributor's linked SKUs. Records per order the status, the instance that
 * answered ({@code X-Upstream}) and the order id; an order without an answer or answered 502/503/504 is
 * unacknowledged, and {@link #resendUnacknowledged()} sends it again with the same external id (idempotent).
 */
final class OrderStream {

    /** What became of one order. {@code status} 0: no answer ({@code error} says why). */
    record Outcome(Partner distributor, String body, int status, String upstream, Long orderId, String error) {

        boolean acknowledged() {
            return (status == 200 || status == 201) && orderId != null;
        }

        boolean unacknowledged() {
            return status == 0 || status == 502 || status == 503 || status == 504;
        }
    }

    private final List<Partner> distributors;
    private final Map<Partner, List<String>> skus; // each distributor's linked SKUs
    private final String tag;
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    static final int SENDERS = 32;

    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    private final Semaphore idle = new Semaphore(SENDERS);
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger notSent = new AtomicInteger();
    private final Map<String, Integer> resent = new ConcurrentHashMap<>(); // external id -> final status
    private ScheduledFuture<?> ticking;

    OrderStream(List<Partner> distributors, Map<Partner, List<String>> skus, String tag) {
        this.distributors = distributors;
        this.skus = skus;
        this.tag = tag;
    }

    void start(ScheduledExecutorService scheduler, int perSecond) {
        ticking = scheduler.scheduleAtFixedRate(this::sendOne, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    }

    /** Stops sending and waits for every answer (or its timeout). */
    void stop() throws InterruptedException {
        ticking.cancel(false);
        senders.shutdown();
        if (!senders.awaitTermination(3, TimeUnit.MINUTES)) {
            throw new AssertionError("orders still unanswered 3 minutes after the stream");
        }
    }

    int sent() {
        return sent.get();
    }

    /** Ticks that found all senders waiting for answers. */
    int notSent() {
        return notSent.get();
    }

    Map<String, Outcome> outcomes() {
        return Map.copyOf(outcomes);
    }

    /** How many answers each instance gave (the answering instance: the last one nginx tried). */
    Map<String, Long> answeredByInstance() {
        return outcomes.values().stream()
                .filter(o -> o.upstream() != null)
                .collect(Collectors.groupingBy(
                        o -> new Http.Answer(0, null, null, o.upstream()).answeredBy(),
                        TreeMap::new,
                        Collectors.counting()));
    }

    /** Statuses seen, e.g. {201=1890, 502=3, 0=1}. */
    Map<Integer, Long> statuses() {
        return outcomes.values().stream()
                .collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting()));
    }

    /** Orders sent again, counted by the status that finally answered them. */
    Map<Integer, Long> resent() {
        return resent.values().stream()
                .collect(Collectors.groupingBy(status -> status, TreeMap::new, Collectors.counting()));
    }

    /**
     * Sends each unacknowledged order again with the same external id until answered 200 or 201 (a few tries); the
     * outcome then holds that answer's order id.
     */
    void resendUnacknowledged() {
        for (Map.Entry<String, Outcome> e : Map.copyOf(outcomes).entrySet()) {
            Outcome before = e.getValue();
            if (!before.unacknowledged()) {
                continue;
            }
            Outcome after = before;
            for (int attempt = 0; attempt < 10 && !after.acknowledged(); attempt++) {
                try {
                    Http.Answer a = before.distributor().post("/api/v1/orders", before.body());
                    after = outcome(before.distributor(), before.body(), a);
                } catch (UncheckedIOException ex) {
                    after = new Outcome(before.distributor(), before.body(), 0, null, null, ex.toString());
                }
                if (!after.acknowledged()) {
                    ClusterIT.sleep(Duration.ofSeconds(1));
                }
            }
            resent.put(e.getKey(), after.status());
            outcomes.put(e.getKey(), after);
        }
    }

    /** The first orders, one after the other before the stream: the vendor's first orders to ship. */
    void sendFirst(int count) {
        for (int i = 0; i < count; i++) {
            send(sent.getAndIncrement());
        }
    }

    private void sendOne() {
        if (!idle.tryAcquire()) {
            notSent.incrementAndGet();
            return;
        }
        int n = sent.getAndIncrement();
        senders.execute(() -> {
            try {
                send(n);
            } finally {
                idle.release();
            }
        });
    }

    private void send(int n) {
        Partner distributor = distributors.get(n % distributors.size());
        String externalId = "cl-" + tag + "-" + n;
        String body = order(externalId, lines(skus.get(distributor), n));
        try {
            outcomes.put(externalId, outcome(distributor, body, distributor.post("/api/v1/orders", body)));
        } catch (UncheckedIOException e) {
            outcomes.put(externalId, new Outcome(distributor, body, 0, null, null, e.toString()));
        }
    }

    private static Outcome outcome(Partner distributor, String body, Http.Answer a) {
        Long id = null;
        if (a.status() == 200 || a.status() == 201) {
            id = a.json().getJsonNumber("id").longValue();
        }
        return new Outcome(distributor, body, a.status(), a.upstream(), id, a.status() / 100 == 2 ? null : a.body());
    }

    /** 1 line mostly, 2 or 3 for every third order; distinct SKUs, 1 or 2 pieces each. */
    private static Map<String, Integer> lines(List<String> skus, int n) {
        int count = n % 3 == 0 ? 2 + (n / 3) % 2 : 1;
        Map<String, Integer> lines = new TreeMap<>();
        for (int i = 0; lines.size() < count; i++) {
            lines.put(skus.get(Math.floorMod(n * 7 + i * 13, skus.size())), 1 + (n + i) % 2);
        }
        return lines;
    }

    static String order(String externalId, Map<String, Integer> quantityBySku) {
        String lines = quantityBySku.entrySet().stream()
                .map(e -> "{\"sku\":\"" + e.getKey() + "\",\"quantity\":" + e.getValue() + ",\"unitPrice\":299.99}")
                .collect(Collectors.joining(","));
        return """
                {"channel":"API","externalId":"%s","currency":"USD",
                 "shippingAddress":{"name":"Mia Chen","line1":"20 Pine St","city":"Seattle","region":"WA",
                 "postalCode":"98101","country":"US"},
                 "lines":[%s]}""".formatted(externalId, lines);
    }

    /** External ids with their order ids, of every acknowledged order. */
    Map<String, Long> acknowledged() {
        return outcomes.entrySet().stream()
                .filter(e -> e.getValue().acknowledged())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().orderId()));
    }

    /** Orders answered with something else than 200/201/502/503/504 or no answer: none is expected. */
    Map<String, String> refused() {
        return outcomes.entrySet().stream()
                .filter(e -> !e.getValue().acknowledged() && !e.getValue().unacknowledged())
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue().status() + " " + e.getValue().error()));
    }

    Set<String> externalIds() {
        return Set.copyOf(outcomes.keySet());
    }
}
