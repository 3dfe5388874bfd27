package io.gemlink.crash;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Payara Server process of the crash suite: its own unpacked copy (target/payara6, domain1),
 * started with {@code asadmin start-domain} under the environment of one database, killed with SIGKILL
 * (the pid in domain1/config/pid), and started again, when the domain redeploys the EAR it holds.
 * Every wait has a deadline and fails naming what it waited for, with the end of server.log.
 */
final class PayaraServer {

    private static final Duration START = Duration.ofMinutes(4);
    /** Payara's default ports: HTTP, HTTPS, admin, IIOP, JMS, JMX (a start fails if any is taken). */
    private static final List<Integer> PORTS = List.of(8080, 8181, 4848, 3700, 7676, 8686);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final Path home = Path.of(required("payara.home"));
    private final Path ear = Path.of(required("gemlink.ear"));
    private final Path domain = home.resolve("glassfish/domains/domain1");
    private Map<String, String> environment = Map.of();
    private String databaseProduct = "";

    /**
     * Starts the domain under this environment, deploys the EAR if the domain holds none, and waits until
     * the application's database check is UP on a database whose product name starts with {@code databaseProduct}.
     */
    void start(Map<String, String> environment, String databaseProduct) {
        this.environment = environment;
        this.databaseProduct = databaseProduct;
        // the Arquillian run's server, or the previous class's, may still be letting its ports go
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (PORTS.stream().anyMatch(PayaraServer::portOpen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "one of Payara's ports " + PORTS + " was still taken 60 s before the crash suite's"
                                + " server could start: another server is running (the suite runs inside ./gemlink"
                                + " test, which holds the lock)");
            }
            sleep(Duration.ofSeconds(1));
        }
        heapOf2g();
        asadmin(START, "start-domain", "domain1");
        if (!asadmin(Duration.ofSeconds(60), "list-applications").contains("gemlink")) {
            asadmin(Duration.ofMinutes(5), "deploy", "--name", "gemlink", ear.toString());
        }
        awaitHealthUp();
    }

    /** Starts the domain again after a kill, with the environment of the last start. */
    void restart() {
        start(environment, databaseProduct);
    }

    /** The server's java process (the pid in domain1/config/pid), looked up ahead so that the kill is immediate. */
    ProcessHandle process() {
        long pid = pid();
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(
                        () -> new AssertionError("no process " + pid + " (from " + domain.resolve("config/pid") + ")"));
        if (!process.info().command().orElse("").contains("java")) {
            throw new AssertionError("pid " + pid + " is not the server's java process: " + process.info());
        }
        return process;
    }

    /** kill -9 of the server's java process; returns once it is gone. */
    long kill(ProcessHandle process) {
        long pid = process.pid();
        process.destroyForcibly(); // SIGKILL on Linux
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the server process " + pid + " was still alive 30 s after SIGKILL", e);
        }
        return pid;
    }

    /** A clean stop (the database file is closed and may be opened by the test); returns once the process is gone. */
    void stop() {
        if (portOpen(4848)) {
            ProcessHandle process = process();
            asadmin(Duration.ofMinutes(2), "stop-domain", "domain1");
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(
                        "the server process " + process.pid() + " was still alive 60 s after stop-domain", e);
            }
        }
    }

    /** After a failed stop: make sure nothing keeps the ports for the next run. */
    void stopOrKill() {
        try {
            stop();
        } catch (AssertionError | RuntimeException e) {
            if (Files.exists(domain.resolve("config/pid"))) {
                ProcessHandle.of(pid()).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    String serverLogTail() {
        try {
            List<String> lines = Files.readAllLines(domain.resolve("logs/server.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no server.log: " + e + ")";
        }
    }

    private long pid() {
        try {
            return Long.parseLong(Files.readString(domain.resolve("config/pid")).trim());
        } catch (IOException | NumberFormatException e) {
            throw new AssertionError("cannot read the server's pid from " + domain.resolve("config/pid"), e);
        }
    }

    private void awaitHealthUp() {
        long deadline = System.nanoTime() + START.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(
                        HttpRequest.newBuilder(URI.create(Partner.BASE + "/health"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                last = r.statusCode() + " " + r.body();
                // Payara answers /health UP before the application's checks exist: wait for ours (the database's)
                String body = r.body().replace(" ", "");
                if (r.statusCode() == 200
                        && body.contains("\"status\":\"UP\"")
                        && body.contains("\"product\":\"" + databaseProduct)) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(Duration.ofSeconds(2));
        }
        throw new AssertionError("the application did not report health UP on " + databaseProduct + " within " + START
                + " (last: " + last
                + ")\n--- server.log ---\n" + serverLogTail());
    }

    /** Payara's default 512 MB heap is too small for a 100,000-row import (as ./gemlink's provision_payara). */
    private void heapOf2g() {
        Path config = domain.resolve("config/domain.xml");
        try {
            String xml = Files.readString(config);
            if (xml.contains("-Xmx512m")) {
                Files.writeString(config, xml.replace("-Xmx512m", "-Xmx2g"));
            }
        } catch (IOException e) {
            throw new AssertionError("cannot raise the heap in " + config, e);
        }
    }

    private String asadmin(Duration limit, String... args) {
        List<String> command =
                new java.util.ArrayList<>(List.of(home.resolve("bin/asadmin").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Path output = Files.createTempFile("asadmin", ".log");
            Process p = builder.redirectOutput(output.toFile()).start();
            if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("asadmin " + String.join(" ", args) + " did not end within " + limit + ":\n"
                        + Files.readString(output) + "\n--- server.log ---\n" + serverLogTail());
            }
            String text = Files.readString(output);
            Files.delete(output);
            if (p.exitValue() != 0) {
                throw new AssertionError("asadmin " + String.join(" ", args) + " failed (" + p.exitValue() + "):\n"
                        + text + "\n--- server.log ---\n" + serverLogTail());
            }
            return text;
        } catch (IOException e) {
            throw new AssertionError("cannot run asadmin " + String.join(" ", args), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(
                    "system property " + property + " is not set: run the crash suite with ./gemlink test");
        }
        return value;
    }
}
