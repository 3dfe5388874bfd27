package io.gemlink.bench;

import com.sun.management.OperatingSystemMXBean;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Measures a running Gemlink server (./gemlink bench starts one) and writes the numbers, with the
 * machine they were taken on, to bench/results/. A measuring tool, not a test: it asserts nothing.
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        Config config = Config.fromEnvironment();
        Http http = new Http(config.baseUrl(), null);
        JsonObject health =
                (JsonObject) Http.parse(http.send("GET", "/health", null, null).body());
        String database = health.getJsonArray("checks")
                .getJsonObject(0)
                .getJsonObject("data")
                .getString("product");
        System.out.printf(
                "Gemlink bench against %s (%s), %d products%n", config.baseUrl(), database, config.products());

        JsonObjectBuilder results = Json.createObjectBuilder()
                .add("takenAt", Instant.now().toString())
                .add("machine", machine())
                .add("database", database)
                .add("products", config.products());
        if (!config.jdbcUrl().isBlank()) {
            // rows that earlier runs left in the database (each run adds 300,000 products or more): the results say
            // how many, so that a run on a fresh database and one on a used one can be told apart
            results.add("productRowsAtStart", Ceiling.productRows(config));
            results.add("databaseBufferPoolMiB", Ceiling.bufferPoolMiB(config));
        }
        Scenarios scenarios = new Scenarios(http, config);
        run(config, results, "feedExport", scenarios::feedExport);
        run(config, results, "import", scenarios::importAndReimport);
        run(config, results, "orders", scenarios::orders);
        run(config, results, "stockFreshness", scenarios::stockFreshness);
        run(config, results, "bulkTracking", scenarios::bulkTracking);
        // the embedded default's commit durability (WRITE_DELAY=0) against H2's delayed commits, on a scratch file
        run(config, results, "h2DurableCommits", () -> Ceiling.h2CommitRates(config, config.h2Commits(), 4));
        // opt-in (only when GEMLINK_BENCH_SCENARIOS names it): export and import at growing catalog sizes
        if (config.scenarios().contains("growth")) {
            run(config, results, "growth", scenarios::growth);
        }

        String json = pretty(results.build());
        Path out = config.resultsDir()
                .resolve(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                                .withZone(ZoneOffset.UTC)
                                .format(Instant.now()) + "-"
                        + (database.toLowerCase().contains("h2") ? "h2" : "mysql") + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json, StandardCharsets.UTF_8);
        System.out.println(json);
        System.out.println("Written to " + out);
    }

    interface Scenario {
        JsonObject run() throws Exception;
    }

    /** A scenario that fails is reported as failed, and the others still run. */
    private static void run(Config config, JsonObjectBuilder results, String name, Scenario scenario) {
        if (!config.scenarios().isEmpty() && !config.scenarios().contains(name)) {
            return;
        }
        System.out.println("== " + name);
        try {
            OtherLoad other = new OtherLoad();
            JsonObject result = scenario.run();
            double cores = other.cores();
            // added to the scenario's own keys: cores that processes other than the measured ones took meanwhile
            result = Json.createObjectBuilder(result)
                    .add("otherProcessesCores", cores)
                    .build();
            System.out.println(result);
            if (cores > 0.2) {
                System.out.printf(
                        "   (other processes took %.2f cores during %s: its numbers are not clean)%n", cores, name);
            }
            results.add(name, result);
        } catch (Exception | Error e) {
            System.out.println(name + " failed: " + e);
            results.add(name, Json.createObjectBuilder().add("failed", String.valueOf(e)));
        }
    }

    private static JsonObject machine() {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return Json.createObjectBuilder()
                .add("cores", Runtime.getRuntime().availableProcessors())
                .add("memoryGiB", Math.round(os.getTotalMemorySize() / 1024.0 / 1024 / 1024 * 10) / 10.0)
                .add("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")")
                .add("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .build();
    }

    private static String pretty(JsonObject json) {
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(json);
        }
        return out.toString().trim() + "\n";
    }

    /** Settings from the environment, with defaults for the full bench. */
    record Config(
            String baseUrl,
            int products,
            int rateSeconds,
            int freshnessChanges,
            int distributors,
            int bulkRows,
            int h2Commits,
            String jdbcUrl,
            String jdbcUser,
            String jdbcPassword,
            Path resultsDir,
            java.util.List<String> scenarios,
            java.util.List<Integer> orderRates,
            java.util.List<Integer> growthSizes,
            int warmUpSeconds,
            String recordings) {

        static Config fromEnvironment() {
            return new Config(
                    env("GEMLINK_BENCH_BASE_URL", "http://localhost:8080"),
                    Integer.parseInt(env("GEMLINK_BENCH_PRODUCTS", "100000")),
                    Integer.parseInt(env("GEMLINK_BENCH_RATE_SECONDS", "20")),
                    Integer.parseInt(env("GEMLINK_BENCH_FRESHNESS_CHANGES", "8")),
                    Integer.parseInt(env("GEMLINK_BENCH_DISTRIBUTORS", "10")),
                    Integer.parseInt(env("GEMLINK_BENCH_BULK_ROWS", "10000")),
                    Integer.parseInt(env("GEMLINK_BENCH_H2_COMMITS", "5000")),
                    env("GEMLINK_BENCH_JDBC_URL", ""),
                    env("GEMLINK_DB_USER", "gemlink"),
                    env("GEMLINK_DB_PASSWORD", "gemlink"),
                    Path.of(env("GEMLINK_BENCH_RESULTS", "bench/results")),
                    // a comma-separated subset (import needs feedExport, bulkTracking needs orders); all when empty
                    java.util.Arrays.stream(env("GEMLINK_BENCH_SCENARIOS", "").split(","))
                            .map(String::trim)
                            .filter(v -> !v.isEmpty())
                            .toList(),
                    // the order rates measured one after the other, orders per second
                    ints(env("GEMLINK_BENCH_ORDER_RATES", "25,50,100,200,400")),
                    // the catalog sizes of the growth scenario (opt-in: named in GEMLINK_BENCH_SCENARIOS)
                    ints(env("GEMLINK_BENCH_GROWTH", "10000,100000")),
                    // orders at 50/s before the measured rates: the JIT compiles the order path for ~20 s on 2 cores
                    Integer.parseInt(env("GEMLINK_BENCH_WARMUP_SECONDS", "40")),
                    // a folder for a Flight Recorder recording of each growth import (Payara Server); none when empty
                    env("GEMLINK_BENCH_RECORDINGS", ""));
        }

        /** A copy for another database URL (the H2 scratch ceilings), the rest the same. */
        Config withJdbc(String url, String user, String password) {
            return new Config(
                    baseUrl,
                    products,
                    rateSeconds,
                    freshnessChanges,
                    distributors,
                    bulkRows,
                    h2Commits,
                    url,
                    user,
                    password,
                    resultsDir,
                    scenarios,
                    orderRates,
                    growthSizes,
                    warmUpSeconds,
                    recordings);
        }

        private static java.util.List<Integer> ints(String list) {
            return java.util.Arrays.stream(list.split(","))
                    .map(String::trim)
                    .filter(v -> !v.isEmpty())
                    .map(Integer::valueOf)
                    .toList();
        }

        private static String env(String name, String fallback) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? fallback : v;
        }
    }
}
