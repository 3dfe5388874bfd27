package io.gemlink.crash;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The time of each step of a crash run, in whole seconds, since the previous step (the first: since creation). */
final class Laps {

    private final Map<String, Long> timings = new LinkedHashMap<>();
    private long started = System.nanoTime();

    void lap(String step) {
        long now = System.nanoTime();
        timings.put(step, Math.round((now - started) / 1e9));
        started = now;
    }

    /** "step n s, step n s, …" */
    @Override
    public String toString() {
        return timings.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " s")
                .collect(Collectors.joining(", "));
    }
}
