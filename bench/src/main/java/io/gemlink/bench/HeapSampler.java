package io.gemlink.bench;

import java.util.concurrent.atomic.AtomicLong;

/** Samples the server's used heap from /metrics every 200 ms while a measurement runs. */
final class HeapSampler {

    private final Http http;
    private final long before;
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread;

    private HeapSampler(Http http) {
        this.http = http;
        this.before = usedHeap(http);
        peak.set(before);
        thread = new Thread(
                () -> {
                    while (running) {
                        peak.accumulateAndGet(usedHeap(http), Math::max);
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static HeapSampler start(Http http) {
        return new HeapSampler(http);
    }

    Result stop() throws InterruptedException {
        running = false;
        thread.join();
        return new Result(mib(before), mib(peak.get()), mib(usedHeap(http)));
    }

    static long usedHeap(Http http) {
        String metrics = http.send("GET", "/metrics?scope=base", null, null).body();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("memory_usedHeap_bytes")) {
                return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return -1;
    }

    private static double mib(long bytes) {
        return bytes < 0 ? -1 : Math.round(bytes / 1024.0 / 1024 * 10) / 10.0;
    }

    record Result(double beforeMiB, double peakMiB, double afterMiB) {}
}
