package io.gemlink.crash;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An external vendor's CSV feed of {@code rows} products (docs/feed-format.md), served from the test JVM on
 * 127.0.0.2, the one inward address ./gemlink test lets the server fetch from.
 */
final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final byte[] body;
    private final int rows;

    FeedServer(String vendor, int rows) {
        this.rows = rows;
        StringBuilder csv = new StringBuilder(rows * 60).append("sku,price,quantity,updatedAt,removed,title\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append("KX-")
                    .append(i)
                    .append(',')
                    .append(50 + i % 900)
                    .append(".25,")
                    .append(i % 17)
                    .append(",2026-11-26T10:00:00Z,,\"Crash ring ")
                    .append(i)
                    .append("\"\r\n");
        }
        body = csv.toString().getBytes(StandardCharsets.UTF_8);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/feed.csv", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "text/csv; charset=UTF-8");
                exchange.getResponseHeaders().set("X-Feed-Rows", String.valueOf(this.rows));
                exchange.getResponseHeaders().set("X-Feed-Vendor", vendor);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.2:" + server.getAddress().getPort() + "/feed.csv";
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
