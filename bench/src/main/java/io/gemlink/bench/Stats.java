package io.gemlink.bench;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency samples in milliseconds and their percentiles (nearest rank). */
final class Stats {

    private final List<Double> samples = Collections.synchronizedList(new ArrayList<>());

    void add(double millis) {
        samples.add(millis);
    }

    int count() {
        return samples.size();
    }

    double percentile(double p) {
        List<Double> sorted;
        synchronized (samples) {
            sorted = new ArrayList<>(samples);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    JsonObjectBuilder json() {
        return Json.createObjectBuilder()
                .add("count", count())
                .add("p50Ms", round(percentile(50)))
                .add("p95Ms", round(percentile(95)))
                .add("p99Ms", round(percentile(99)))
                .add("maxMs", round(percentile(100)));
    }

    static double round(double v) {
        return Double.isNaN(v) ? -1 : Math.round(v * 10) / 10.0;
    }
}
