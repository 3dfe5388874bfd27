package io.gemlink.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Payara Server's JVM on this machine, asked with the bench JVM's own {@code jcmd}: how long its JIT compilers have
 * worked, and Flight Recorder recordings of a step. Payara Server only (the process whose command line names
 * {@code glassfish}); where it cannot be reached, the answers say so (-1, false) and the bench goes on.
 */
final class ServerJvm {

    private ServerJvm() {}

    /**
     * Seconds the JIT compilers have worked since the server started: the counter {@code jstat -compiler} shows as
     * Time ({@code java.ci.totalTime}). A server that has just started spends much of the machine's second core
     * compiling for minutes, and a step that runs meanwhile pays for it; -1 when it cannot be read.
     */
    static double jitSeconds() {
        String out = jcmd("PerfCounter.print");
        double ticks = counter(out, "java.ci.totalTime");
        double frequency = counter(out, "sun.os.hrt.frequency");
        return ticks < 0 || frequency <= 0 ? -1 : ticks / frequency;
    }

    /**
     * Waits until the JIT compilers are nearly idle (under a tenth of a core's compile time over two seconds), at
     * most {@code max}; the seconds waited, or -1 when the compile time cannot be read. A step measured right after
     * its warm-up otherwise still shares the cores with the compilations the warm-up set off.
     */
    static double awaitJitQuiet(java.time.Duration max) throws InterruptedException {
        long start = System.nanoTime();
        double before = jitSeconds();
        while (before >= 0 && System.nanoTime() - start < max.toNanos()) {
            Thread.sleep(2000);
            double now = jitSeconds();
            if (now < 0) {
                return -1;
            }
            if (now - before < 0.2) {
                break;
            }
            before = now;
        }
        return before < 0 ? -1 : (System.nanoTime() - start) / 1e9;
    }

    /** Starts a Flight Recorder recording named {@code name} (the JDK's "profile" settings); false if it could not. */
    static boolean startRecording(String name) {
        return jcmd("JFR.start", "name=" + name, "settings=profile") != null;
    }

    /** Stops the recording and writes it to {@code file}; false if it could not. */
    static boolean stopRecording(String name, Path file) {
        return jcmd("JFR.stop", "name=" + name, "filename=" + file.toAbsolutePath()) != null;
    }

    /** What {@code jcmd <server> <command…>} printed, or null when it could not run or failed. */
    private static String jcmd(String... command) {
        try {
            long pid = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().orElse("").contains("glassfish"))
                    .mapToLong(ProcessHandle::pid)
                    .findFirst()
                    .orElse(-1);
            Path jcmd = ProcessHandle.current()
                    .info()
                    .command()
                    .map(java -> Path.of(java).resolveSibling("jcmd"))
                    .orElse(null);
            if (pid < 0 || jcmd == null || !Files.isExecutable(jcmd)) {
                return null;
            }
            List<String> line = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(pid)));
            line.addAll(List.of(command));
            Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static double counter(String perfCounters, String name) {
        if (perfCounters != null) {
            for (String line : perfCounters.split("\n")) {
                if (line.startsWith(name + "=")) {
                    return Double.parseDouble(line.substring(name.length() + 1).trim());
                }
            }
        }
        return -1;
    }
}
