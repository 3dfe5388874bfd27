package io.gemlink.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.gemlink.platform.outbound.AddressRules;
import io.gemlink.platform.outbound.Cidr;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deliveries to a receiver in this JVM on 127.0.0.2 (allowed here); refused addresses are never connected to. */
class WebhookClientTest {

    private static final AtomicInteger HITS = new AtomicInteger();
    private static final AddressRules RULES =
            new AddressRules(List.of(Cidr.parse("127.0.0.2/32")), Set.of(8080, 4848), a -> false);
    private static HttpServer receiver;

    @BeforeAll
    static void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/hook", e -> {
            HITS.incrementAndGet();
            e.getRequestBody().readAllBytes();
            e.sendResponseHeaders(204, -1);
            e.close();
        });
        receiver.createContext("/slow", e -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            e.sendResponseHeaders(204, -1);
            e.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
    }

    @Test
    void deliversToAnAllowedAddress() {
        // a roomy deadline: the first call on a busy machine also loads the HTTP client (1 s is for /slow)
        WebhookClient.Result r = new WebhookClient(RULES, Duration.ofSeconds(10), Duration.ofSeconds(10))
                .post(url("/hook"), 7, "shipment.added", "{}", "0123456789abcdef");
        assertThat(r.delivered()).as(String.valueOf(r.error())).isTrue();
        assertThat(r.status()).isEqualTo(204);
    }

    @Test
    void refusesInwardAddressesWithoutConnecting() {
        int port = receiver.getAddress().getPort();
        int before = HITS.get();
        for (String url : List.of(
                "http://127.0.0.1:" + port + "/hook",
                "http://localhost:" + port + "/hook",
                "http://[::1]:" + port + "/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://127.0.0.2:4848/")) {
            WebhookClient.Result r = client().post(url, 7, "shipment.added", "{}", "0123456789abcdef");
            assertThat(r.status()).as(url).isNull();
            assertThat(r.error()).as(url).startsWith("address not allowed");
        }
        assertThat(HITS.get()).isEqualTo(before);
    }

    @Test
    void recordsTheClassOfFailureNotItsDetails() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.2"))) {
            closedPort = s.getLocalPort();
        }
        assertThat(client().post(
                                "http://127.0.0.2:" + closedPort + "/hook",
                                7,
                                "shipment.added",
                                "{}",
                                "0123456789abcdef")
                        .error())
                .isEqualTo("connection refused");
        assertThat(client().post(url("/slow"), 7, "shipment.added", "{}", "0123456789abcdef")
                        .error())
                .isEqualTo("timed out");
    }

    private static WebhookClient client() {
        return new WebhookClient(RULES, Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    private static String url(String path) {
        return "http://127.0.0.2:" + receiver.getAddress().getPort() + path;
    }
}
