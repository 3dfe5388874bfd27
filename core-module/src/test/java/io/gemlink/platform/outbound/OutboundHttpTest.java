package io.gemlink.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client's connections pass the check: a server on 127.0.0.2 (allowed here) answers; the same port on
 * 127.0.0.1 is refused before any connection is made. Loopback only.
 */
class OutboundHttpTest {

    private static HttpServer server;
    private static final AtomicInteger HITS = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        server.createContext("/", exchange -> {
            HITS.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void connectsToAnAllowedAddressAndRefusesOthersBeforeConnecting() throws Exception {
        int port = server.getAddress().getPort();
        AddressRules rules = new AddressRules(List.of(Cidr.parse("127.0.0.2/32")), Set.of(8080), a -> false);
        try (CloseableHttpClient http =
                OutboundHttp.client(rules, Duration.ofSeconds(2), Duration.ofSeconds(2), "test")) {
            int status = http.execute(new HttpGet("http://127.0.0.2:" + port + "/ok"), r -> r.getCode());
            assertThat(status).isEqualTo(204);
            int before = HITS.get();
            for (String url : List.of(
                    "http://127.0.0.1:" + port + "/",
                    "http://localhost:" + port + "/",
                    "http://[::1]:" + port + "/",
                    "http://0.0.0.0:" + port + "/")) {
                assertThatThrownBy(() -> http.execute(new HttpGet(url), r -> r.getCode()))
                        .as(url)
                        .satisfies(e -> assertThat(OutboundFailure.describe(e)).startsWith("address not allowed"));
            }
            assertThat(HITS.get()).isEqualTo(before);
        }
    }

    @Test
    void ownPortsStayRefusedInsideAllowedNetworks() throws Exception {
        int port = server.getAddress().getPort();
        AddressRules rules = new AddressRules(List.of(Cidr.parse("127.0.0.2/32")), Set.of(port), a -> false);
        try (CloseableHttpClient http =
                OutboundHttp.client(rules, Duration.ofSeconds(2), Duration.ofSeconds(2), "test")) {
            assertThatThrownBy(() -> http.execute(new HttpGet("http://127.0.0.2:" + port + "/"), r -> r.getCode()))
                    .satisfies(e -> assertThat(OutboundFailure.describe(e))
                            .isEqualTo("address not allowed: port " + port + " of this server"));
        }
    }

    @Test
    void failuresAreNamedByTheirClass() {
        assertThat(OutboundFailure.describe(new ConnectException("Connection refused: 10.1.2.3")))
                .isEqualTo("connection refused");
        assertThat(OutboundFailure.describe(new SocketTimeoutException("Read timed out")))
                .isEqualTo("timed out");
        assertThat(OutboundFailure.describe(new UnknownHostException("intranet.corp")))
                .isEqualTo("host not found");
        assertThat(OutboundFailure.describe(
                        new IOException("wrapped", new AddressNotAllowedException("a loopback address"))))
                .isEqualTo("address not allowed: a loopback address");
        assertThat(OutboundFailure.describe(new IOException("Broken pipe at 10.0.0.7")))
                .isEqualTo("connection failed");
    }
}
