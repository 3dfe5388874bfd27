package io.gemlink.linking.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gemlink.platform.outbound.AddressRules;
import io.gemlink.platform.outbound.Cidr;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP side of an external import against feed servers in this JVM on 127.0.0.2 (the one network
 * these rules allow): the byte cap, the deadline, the read timeout, redirects checked hop by hop.
 * Loopback only; a refused address is never connected to.
 */
class FeedClientTest {

    private static final String CSV = "sku,price,quantity\r\nA-1,10.00,1\r\n";
    private static final Map<String, String> AUTHORIZATION = new ConcurrentHashMap<>();
    private static HttpServer feeds;
    private static HttpServer other;

    @BeforeAll
    static void start() throws IOException {
        feeds = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        other = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        feeds.setExecutor(Executors.newCachedThreadPool());
        feeds.createContext("/ok", e -> answer(e, 200, CSV.getBytes(StandardCharsets.UTF_8), false));
        feeds.createContext("/big", e -> answer(e, 200, new byte[2_000], false));
        feeds.createContext("/big-chunked", e -> answer(e, 200, new byte[2_000], true));
        feeds.createContext("/trickle", FeedClientTest::trickle);
        feeds.createContext("/silent", e -> {
            sleep(3_000);
            answer(e, 200, CSV.getBytes(StandardCharsets.UTF_8), false);
        });
        feeds.createContext("/broken", e -> breakOff(e, false, 0));
        feeds.createContext("/broken-chunked", e -> breakOff(e, true, 0));
        feeds.createContext("/stalled", e -> breakOff(e, false, 3_000));
        feeds.createContext("/hop", e -> redirect(e, "/ok"));
        feeds.createContext("/loop", e -> redirect(e, "/loop"));
        feeds.createContext(
                "/to-loopback",
                e -> redirect(e, "http://127.0.0.1:" + feeds.getAddress().getPort() + "/ok"));
        feeds.createContext("/to-metadata", e -> redirect(e, "http://169.254.169.254/latest/meta-data/"));
        feeds.createContext("/elsewhere", e -> redirect(e, url(other, "/ok")));
        other.createContext("/ok", e -> answer(e, 200, CSV.getBytes(StandardCharsets.UTF_8), false));
        feeds.start();
        other.start();
    }

    @AfterAll
    static void stop() {
        feeds.stop(0);
        other.stop(0);
    }

    @Test
    void downloadsAFeedWithinItsLimits() throws Exception {
        FeedDownload d = client(1_000, Duration.ofSeconds(5)).fetch(url(feeds, "/ok"), "tok", null, null);
        assertThat(Files.readString(d.body())).isEqualTo(CSV);
        assertThat(AUTHORIZATION.get("/ok")).isEqualTo("Bearer tok");
        FeedClient.deleteQuietly(d.body());
    }

    @Test
    void aBodyOverTheCapFailsTooLargeWhetherItsLengthIsDeclaredOrNot() {
        for (String path : List.of("/big", "/big-chunked")) {
            assertThatThrownBy(() -> client(1_000, Duration.ofSeconds(5)).fetch(url(feeds, path), null, null, null))
                    .as(path)
                    .isInstanceOf(FeedException.class)
                    .hasMessageStartingWith("too large");
        }
    }

    @Test
    void aFeedThatTricklesPastTheDeadlineTimesOut() {
        long start = System.nanoTime();
        assertThatThrownBy(
                        () -> client(1_000_000, Duration.ofSeconds(1)).fetch(url(feeds, "/trickle"), null, null, null))
                .isInstanceOf(FeedException.class)
                .hasMessageStartingWith("timed out")
                .hasMessageContaining("deadline");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aSilentFeedTimesOutOnTheReadTimeout() {
        assertThatThrownBy(() -> client(1_000, Duration.ofSeconds(10)).fetch(url(feeds, "/silent"), null, null, null))
                .isInstanceOf(FeedException.class)
                .hasMessageStartingWith("timed out")
                .hasMessageContaining("read timeout");
    }

    @Test
    void aBodyThatBreaksOffOrStallsMidwayFailsAndLeavesNoSpoolFile() throws IOException {
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        for (var path : List.of("/broken", "/broken-chunked", "/stalled")) {
            Set<java.nio.file.Path> spooledBefore = spooled(tmp);
            assertThatThrownBy(
                            () -> client(1_000_000, Duration.ofSeconds(10)).fetch(url(feeds, path), null, null, null))
                    .as(path)
                    .isInstanceOf(FeedException.class)
                    .hasMessageContaining(path.equals("/stalled") ? "read timeout" : "broke off");
            assertThat(spooled(tmp)).as(path + ": the partial body is not kept").isEqualTo(spooledBefore);
        }
    }

    private static Set<java.nio.file.Path> spooled(java.nio.file.Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("gemlink-feed-"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /**
     * 20,000 rows announced whole (Content-Length, or chunked), half of them sent; then the connection
     * is dropped (the handler throws without closing the exchange), or after a silence the rest follows.
     */
    private static void breakOff(HttpExchange e, boolean chunked, long silenceMillis) throws IOException {
        byte[] body = ("sku,price,quantity\r\n" + "A-1,10.00,1\r\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        e.sendResponseHeaders(200, chunked ? 0 : body.length);
        OutputStream out = e.getResponseBody();
        out.write(body, 0, body.length / 2 + 3);
        out.flush();
        if (silenceMillis == 0) {
            throw new IOException("dropped on purpose");
        }
        sleep(silenceMillis);
        try (out) {
            out.write(body, body.length / 2 + 3, body.length - body.length / 2 - 3);
        } catch (IOException goneAway) {
            // the client timed out: what the test wants
        }
    }

    @Test
    void redirectsAreFollowedAFewTimesEachHopChecked() throws Exception {
        FeedDownload d = client(1_000, Duration.ofSeconds(5)).fetch(url(feeds, "/hop"), "tok", null, null);
        assertThat(Files.readString(d.body())).isEqualTo(CSV);
        FeedClient.deleteQuietly(d.body());

        assertThatThrownBy(() -> client(1_000, Duration.ofSeconds(5)).fetch(url(feeds, "/loop"), null, null, null))
                .hasMessageContaining("redirected more than " + FeedClient.MAX_REDIRECTS);
        assertThatThrownBy(
                        () -> client(1_000, Duration.ofSeconds(5)).fetch(url(feeds, "/to-loopback"), null, null, null))
                .hasMessage("address not allowed: a loopback address");
        assertThatThrownBy(
                        () -> client(1_000, Duration.ofSeconds(5)).fetch(url(feeds, "/to-metadata"), null, null, null))
                .hasMessage("address not allowed: a link-local address");
    }

    @Test
    void theTokenGoesOnlyToTheSourcesOwnOrigin() throws Exception {
        AUTHORIZATION.remove("other");
        FeedDownload d = client(1_000, Duration.ofSeconds(5)).fetch(url(feeds, "/elsewhere"), "tok", null, null);
        assertThat(Files.readString(d.body())).isEqualTo(CSV);
        assertThat(AUTHORIZATION).doesNotContainKey("other");
        FeedClient.deleteQuietly(d.body());
    }

    @Test
    void aUrlThatLeadsInwardIsRefusedWithoutConnecting() {
        int port = feeds.getAddress().getPort();
        for (String url : List.of(
                "http://127.0.0.1:" + port + "/ok",
                "http://localhost:" + port + "/ok",
                "http://[::1]:" + port + "/ok",
                "http://0.0.0.0:" + port + "/ok",
                "http://[::ffff:127.0.0.1]:" + port + "/ok")) {
            assertThatThrownBy(() -> client(1_000, Duration.ofSeconds(5)).fetch(url, null, null, null))
                    .as(url)
                    .hasMessageStartingWith("address not allowed");
        }
    }

    private static FeedClient client(long maxBytes, Duration deadline) {
        AddressRules rules = new AddressRules(List.of(Cidr.parse("127.0.0.2/32")), Set.of(8080, 4848), a -> false);
        return new FeedClient(rules, new FeedLimits(Duration.ofSeconds(2), Duration.ofSeconds(1), deadline, maxBytes));
    }

    private static String url(HttpServer server, String path) {
        return "http://127.0.0.2:" + server.getAddress().getPort() + path;
    }

    private static void answer(HttpExchange e, int status, byte[] body, boolean chunked) throws IOException {
        String auth = e.getRequestHeaders().getFirst("Authorization");
        if (auth != null) {
            AUTHORIZATION.put(
                    e.getHttpContext().getServer() == other
                            ? "other"
                            : e.getRequestURI().getPath(),
                    auth);
        }
        e.getResponseHeaders().set("Content-Type", "text/csv");
        e.sendResponseHeaders(status, chunked ? 0 : body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange e, String location) throws IOException {
        e.getResponseHeaders().set("Location", location);
        e.sendResponseHeaders(302, -1);
        e.close();
    }

    /** A byte every 300 ms: never silent for a read timeout, never done. */
    private static void trickle(HttpExchange e) throws IOException {
        e.sendResponseHeaders(200, 0);
        try (OutputStream out = e.getResponseBody()) {
            for (int i = 0; i < 30; i++) {
                out.write('x');
                out.flush();
                sleep(300);
            }
        } catch (IOException closedByTheClient) {
            // the client gave up: what the test wants
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
