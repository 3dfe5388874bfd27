package io.gemlink.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cluster that {@code ./gemlink} started for the test, as its system properties name it: the balancer's
 * base URL, each instance's HTTP port and pid file (instance i is element i - 1).
 */
record Cluster(String base, List<Integer> ports, List<Path> pidFiles) {

    static Cluster fromSystemProperties() {
        List<Integer> ports = Arrays.stream(property("cluster.ports").split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .toList();
        List<Path> pids = Arrays.stream(property("cluster.pids").split(","))
                .map(String::trim)
                .map(Path::of)
                .toList();
        if (ports.size() < 2 || pids.size() != ports.size()) {
            throw new IllegalStateException("the cluster test needs two or more instances: " + ports + " " + pids);
        }
        return new Cluster(property("cluster.base"), ports, pids);
    }

    /** The instance's own URL, past the balancer. */
    String instanceBase(int instance) {
        return "http://127.0.0.1:" + ports.get(instance - 1);
    }

    /** How {@code X-Upstream} names the instance. */
    String upstream(int instance) {
        return "127.0.0.1:" + ports.get(instance - 1);
    }

    /** {@code kill -9} of the instance's process; returns once it is gone. */
    long kill(int instance) {
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFiles.get(instance - 1)).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(
                        () -> new IllegalStateException("instance " + instance + " (pid " + pid + ") is not running"));
        process.destroyForcibly(); // SIGKILL
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("instance " + instance + " (pid " + pid + ") did not die", e);
        }
        return pid;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "system property " + name + " is not set: the cluster test runs from ./gemlink test or"
                            + " ./gemlink cluster-test, against the cluster they start");
        }
        return value;
    }
}
