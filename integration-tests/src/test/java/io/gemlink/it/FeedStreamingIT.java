package io.gemlink.it;

import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 100,000-product proof: a generated catalog is imported by CSV (streamed, written in batches) and
 * its feed is streamed as CSV and as JSON while the server's heap is sampled from /metrics. Every row
 * arrives, the body is sent as it is written (no Content-Length), and the heap numbers are recorded in
 * target/feeds-measurements.txt (copied into docs/feeds-measurements.md). Heap and time are reported,
 * not asserted: with a few young collections per stream, sampled heap values are too noisy for a
 * pass/fail line.
 */
@ExtendWith(ArquillianExtension.class)
class FeedStreamingIT {

    private static final int PRODUCTS = Integer.getInteger("gemlink.bench.products", 100_000);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern USED_HEAP = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*})?\\s+([0-9.E+]+)");
    private static final String DESCRIPTION = "Hand-finished piece, polished by our atelier; every stone is set by hand "
            + "and checked twice. Comes in a gift box with its certificate, care card and a two-year warranty.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aHundredThousandProductFeedStreamsInConstantMemory() throws Exception {
        String vendorKey = signupKey("Bench Jewels");
        var vendor = Api.withKey(vendorKey);
        var distributor = Api.signup("Bench Boutique");
        List<String> report = new ArrayList<>();

        Path csv = generatedCatalog(PRODUCTS);
        long importStart = System.nanoTime();
        JsonObject imported = postCsv(vendorKey, csv);
        double importSeconds = seconds(importStart);
        assertThat(imported.getInt("created")).as(imported.toString()).isEqualTo(PRODUCTS);
        report.add(String.format(Locale.ROOT, "import: %d products, %.1f MB CSV, %.1f s, %.0f rows/s",
                PRODUCTS, Files.size(csv) / 1e6, importSeconds, PRODUCTS / importSeconds));

        var feed = vendor.post("/api/v1/feeds", """
                {"name": "Everything", "format": "CSV", "fields": ["title", "description", "category", "metal",
                 "purity", "images", "tags", "currency"], "pricing": {"base": "COST", "markupPercent": 80, "rounding": "NINETY_NINE"}}""");
        long feedId = feed.json().getJsonNumber("id").longValue();
        String token = vendor.post("/api/v1/feeds/" + feedId + "/grants",
                "{\"distributorPublicId\":\"" + distributor.publicId() + "\"}").json().getString("token");

        for (String format : List.of("CSV", "JSON")) {
            Stream stream = streamFeed(feedId, token, format);
            assertThat(stream.rows).isEqualTo(PRODUCTS).isEqualTo(stream.headerRows);
            // sent while being written: a body finished before sending would carry its length
            assertThat(stream.contentLength).as("Content-Length of a %d-byte body", stream.bytes).isEmpty();
            report.add(String.format(Locale.ROOT, "%s feed: %d rows, %.1f MB, %.1f s, %.0f rows/s, %.1f MB/s; "
                            + "server heap used before %.0f MB, max %.0f MB, low points first quarter %.0f MB, last quarter %.0f MB "
                            + "(%d samples)", format, stream.rows, stream.bytes / 1e6, stream.seconds, stream.rows / stream.seconds,
                    stream.bytes / 1e6 / stream.seconds, stream.before / 1e6, stream.max / 1e6, stream.firstTrough / 1e6,
                    stream.lastTrough / 1e6, stream.samples));
        }
        Path out = Path.of("target", "feeds-measurements.txt");
        Files.write(out, report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);
    }

    private static Path generatedCatalog(int products) throws IOException {
        Path csv = Files.createTempFile("bench-catalog", ".csv");
        String[] categories = {"RING", "EARRINGS", "NECKLACE", "PENDANT", "BRACELET"};
        String[] metals = {"GOLD", "SILVER", "PLATINUM"};
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("sku,title,description,category,metal,purity,cost,price,quantity,images,tags\n");
            for (int i = 0; i < products; i++) {
                w.write("B-" + i + ",\"Bench piece " + i + ", n°" + (i % 97) + "\",\"" + DESCRIPTION + "\","
                        + categories[i % categories.length] + "," + metals[i % metals.length] + ",18K,"
                        + (10 + i % 500) + ".25," + (25 + i % 900) + ".50," + (i % 7) + ","
                        + "https://img.example.com/b/" + i + ".jpg,bench|tag" + (i % 10) + "\n");
            }
        }
        return csv;
    }

    /** A fresh account's API key (Api.signup keeps it inside its client; this test streams a file with it). */
    private static String signupKey(String name) {
        var r = Api.anonymous().post("/api/v1/accounts", jakarta.json.Json.createObjectBuilder().add("name", name)
                .add("email", "bench-" + java.util.UUID.randomUUID() + "@example.com").add("password", "correct horse battery")
                .build().toString());
        assertThat(r.status()).isEqualTo(201);
        return r.json().getString("apiKey");
    }

    private static JsonObject postCsv(String apiKey, Path csv) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/products/import"))
                        .header("Authorization", "Bearer " + apiKey).header("Content-Type", "text/csv")
                        .timeout(Duration.ofMinutes(15)).POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject();
    }

    private static Stream streamFeed(long feedId, String token, String format) throws Exception {
        List<Double> heap = Collections.synchronizedList(new ArrayList<>());
        double before = usedHeap();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                try {
                    heap.add(usedHeap());
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException ignored) {
                    // a sample lost is no harm
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long rows;
        long headerRows;
        double seconds;
        CountingStream body;
        HttpResponse<InputStream> response;
        try {
            long start = System.nanoTime();
            response = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/feeds/" + feedId + "?format=" + format))
                            .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(10)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            headerRows = Long.parseLong(response.headers().firstValue("X-Feed-Rows").orElse("-1"));
            body = new CountingStream(response.body());
            rows = format.equals("CSV") ? csvRows(body) : jsonRows(body);
            seconds = seconds(start);
        } finally {
            running.set(false);
            sampler.join();
        }
        List<Double> samples = new ArrayList<>(heap);
        int quarter = Math.max(1, samples.size() / 4);
        double first = samples.subList(0, quarter).stream().mapToDouble(d -> d).min().orElse(before);
        double last = samples.subList(samples.size() - quarter, samples.size()).stream().mapToDouble(d -> d).min().orElse(before);
        double max = samples.stream().mapToDouble(d -> d).max().orElse(before);
        return new Stream(rows, headerRows, body.count, seconds, before, max, first, last, last - first, samples.size(),
                response.headers().firstValue("Content-Length"));
    }

    private static long csvRows(InputStream in) throws IOException {
        long rows = 0;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (var ignored : parser) {
                rows++;
            }
        }
        return rows;
    }

    private static long jsonRows(InputStream in) {
        long rows = 0;
        int depth = 0;
        try (JsonParser parser = jakarta.json.Json.createParser(in)) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        if (depth == 3) { // {"products": [ {row} ]}
                            rows++;
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> { }
                }
            }
        }
        return rows;
    }

    private static double usedHeap() {
        var metrics = Api.anonymous().get("/metrics"); // Prometheus text; /metrics/base is not served here
        Matcher m = USED_HEAP.matcher(metrics.body());
        if (!m.find()) {
            throw new IllegalStateException("no memory_usedHeap_bytes in /metrics");
        }
        return Double.parseDouble(m.group(1));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private record Stream(long rows, long headerRows, long bytes, double seconds, double before, double max,
                          double firstTrough, double lastTrough, double troughGrowth, int samples,
                          java.util.Optional<String> contentLength) {
    }

    /** Counts the bytes that pass, without keeping them. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
