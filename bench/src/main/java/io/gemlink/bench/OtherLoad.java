package io.gemlink.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How much of the machine's CPU went to processes other than the measured ones (the bench itself, Payara Server or
 * Micro, MariaDB/MySQL, nginx) while a scenario ran, from Linux's {@code /proc}: a build or a test beside the bench
 * shows here, and the scenario's numbers can be set aside. Average cores; 0 when {@code /proc} is not there.
 */
final class OtherLoad {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux

    private final long startNanos = System.nanoTime();
    private final long busyTicks = busyTicks();
    private final long measuredTicks = measuredTicks();

    /** Average cores used by other processes since this was made. */
    double cores() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long others = (busyTicks() - busyTicks) - (measuredTicks() - measuredTicks);
        return seconds <= 0 ? 0 : Math.max(0, Math.round(others / TICKS_PER_SECOND / seconds * 100) / 100.0);
    }

    /** All CPUs' busy time: the first line of /proc/stat less idle and iowait. */
    private static long busyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user … steal; guest time is already in user
                total += Long.parseLong(f[i]);
            }
            return total - Long.parseLong(f[4]) - Long.parseLong(f[5]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The measured processes' user + system time, including their finished children. */
    private static long measuredTicks() {
        return ProcessHandle.allProcesses()
                .filter(OtherLoad::measured)
                .mapToLong(p -> processTicks(p.pid()))
                .sum();
    }

    private static boolean measured(ProcessHandle p) {
        if (p.pid() == ProcessHandle.current().pid()) {
            return true;
        }
        String command = p.info().commandLine().orElse("");
        return List.of("glassfish", "payara-micro", "mariadbd", "mysqld", "nginx").stream()
                .anyMatch(command::contains);
    }

    /**
     * CPU time in milliseconds (user + system, with finished children) used so far by the processes whose command line
     * names one of {@code names} ({@code "glassfish"} for Payara Server, {@code "mariadbd"} …), or by this JVM for
     * {@code "bench"}; 0 without {@code /proc}.
     */
    static long cpuMillis(String... names) {
        List<String> wanted = List.of(names);
        return ProcessHandle.allProcesses()
                        .filter(p -> wanted.contains("bench")
                                        && p.pid() == ProcessHandle.current().pid()
                                || wanted.stream()
                                        .anyMatch(p.info().commandLine().orElse("")::contains))
                        .mapToLong(p -> processTicks(p.pid()))
                        .sum()
                * (long) (1000 / TICKS_PER_SECOND);
    }

    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state(0) … utime(11) stime(12) cutime(13) cstime(14)
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0; // ended meanwhile
        }
    }
}
