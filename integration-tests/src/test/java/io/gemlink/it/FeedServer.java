package io.gemlink.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Vendor feeds served from the test JVM over real HTTP on 127.0.0.2 (a free port), following
 * docs/feed-format.md — and misbehaving on purpose when asked to (status, delay, truncation, a wrong
 * X-Feed-Rows, a redirect, a body that trickles). The Payara server fetches from it over loopback:
 * 127.0.0.2 is the one inward network {@code ./gemlink test} allows (gemlink.outbound.allowed-networks),
 * so that 127.0.0.1 and the rest of loopback stay refused as in production.
 */
public final class FeedServer implements AutoCloseable, AfterAllCallback {

    /** Linux routes all of 127/8 to the loopback interface; the tests allow only this address of it. */
    public static final String HOST = "127.0.0.2";

    /** One product row: sku, price, quantity and optional title/category; {@code extra} goes in verbatim. */
    public record Row(String sku, String price, int quantity, String title) {}

    /**
     * What a path answers. {@code breakAt}: the body stops after this many bytes although its headers
     * announced all of it (Content-Length, or chunks without the closing one): with {@code stall} null
     * the connection is dropped there, else the server goes silent for {@code stall} and then sends the
     * rest. {@code rowsHeader}: whether X-Feed-Rows is sent; {@code generatedAt}: X-Feed-Generated-At, or null.
     */
    public record Feed(
            String vendor,
            String format,
            List<Row> rows,
            boolean etag,
            Integer declaredRows,
            Integer cutAt,
            long delayMillis,
            int status,
            String rawBody,
            boolean rowsHeader,
            String generatedAt,
            Integer breakAt,
            boolean chunked,
            Duration stall) {

        public static Feed of(String vendor, String format, List<Row> rows) {
            return new Feed(vendor, format, rows, true, null, null, 0, 200, null, true, null, null, false, null);
        }

        public Feed withoutEtag() {
            return new Feed(
                    vendor,
                    format,
                    rows,
                    false,
                    declaredRows,
                    cutAt,
                    delayMillis,
                    status,
                    rawBody,
                    rowsHeader,
                    generatedAt,
                    breakAt,
                    chunked,
                    stall);
        }

        public Feed declaring(int rowCount) {
            return new Feed(
                    vendor,
                    format,
                    rows,
                    etag,
                    rowCount,
                    cutAt,
                    delayMillis,
                    status,
                    rawBody,
                    rowsHeader,
                    generatedAt,
                    breakAt,
                    chunked,
                    stall);
        }

        /** The body is cut after this many bytes (Content-Length is the cut length: a clean, short answer). */
        public Feed cutAt(int bytes) {
            return new Feed(
                    vendor,
                    format,
                    rows,
                    etag,
                    declaredRows,
                    bytes,
                    delayMillis,
                    status,
                    rawBody,
                    rowsHeader,
                    generatedAt,
                    breakAt,
                    chunked,
                    stall);
        }

        public Feed delayedBy(long millis) {
            return new Feed(
                    vendor,
                    format,
                    rows,
                    etag,
                    declaredRows,
                    cutAt,
                    millis,
                    status,
                    rawBody,
                    rowsHeader,
                    generatedAt,
                    breakAt,
                    chunked,
                    stall);
        }

        public Feed raw(String body, int declared) {
            return new Feed(
                    vendor,
                    format,
                    rows,
                    etag,
                    declared,
                    cutAt,
                    delayMillis,
                    status,
                    body,
                    rowsHeader,
                    generatedAt,
                    breakAt,
                    chunked,
                    stall);
        }

        /** No X-Feed-Rows: the importer cannot count rows, only the transport tells a body that broke off. */
        public Feed withoutRowCount() {
            return new Feed(
                    vendor,
                    format,
                    rows,
                    etag,
                    declaredRows,
                    cutAt,
                    delayMillis,
                    status,
                    rawBody,
                    false,
                    generatedAt,
                    breakAt,
                    chunked,
                    stall);
        }

        /** Sends X-Feed-Generated-At: after a complete run the source asks for changes {@code since} it. */
        public Feed generatedAt(String instant) {
            return new Feed(
                    vendor,
                    format,
                    rows,
                    etag,
                    declaredRows,
                    cutAt,
                    delayMillis,
                    status,
                    rawBody,
                    rowsHeader,
                    instant,
                    breakAt,
                    chunked,
                    stall);
        }

        /** The connection is dropped after {@code bytes} bytes of a body announced whole (Content-Length). */
        public Feed brokenAt(int bytes) {
            return new Feed(
                    vendor,
                    format,
                    rows,
                    etag,
                    declaredRows,
                    cutAt,
                    delayMillis,
                    status,
                    rawBody,
                    rowsHeader,
                    generatedAt,
                    bytes,
                    false,
                    null);
        }

        /** As {@link #brokenAt}, sent chunked: the closing chunk never comes. */
        public Feed brokenChunkedAt(int bytes) {
            return new Feed(
                    vendor,
                    format,
                    rows,
                    etag,
                    declaredRows,
                    cutAt,
                    delayMillis,
                    status,
                    rawBody,
                    rowsHeader,
                    generatedAt,
                    bytes,
                    true,
                    null);
        }

        /** After {@code bytes} bytes the server sends nothing for {@code silence}, then the rest of the body. */
        public Feed stalledAt(int bytes, Duration silence) {
            return new Feed(
                    vendor,
                    format,
                    rows,
                    etag,
                    declaredRows,
                    cutAt,
                    delayMillis,
                    status,
                    rawBody,
                    rowsHeader,
                    generatedAt,
                    bytes,
                    false,
                    silence);
        }

        public static Feed status(int status) {
            return new Feed(null, "CSV", List.of(), false, null, null, 0, status, null, true, null, null, false, null);
        }
    }

    /** What the importer asked for in its last request to a path. */
    public record Request(String query, String ifNoneMatch) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> lastAuthorization = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final Map<String, Duration> trickles = new ConcurrentHashMap<>();
    private final Map<String, Request> lastRequest = new ConcurrentHashMap<>();

    private FeedServer(HttpServer server) {
        this.server = server;
    }

    public static FeedServer start() {
        return startOn(HOST);
    }

    /** On another loopback address, e.g. 127.0.0.1, which the server must refuse to fetch from. */
    public static FeedServer startOn(String host) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 50);
            FeedServer feeds = new FeedServer(server);
            server.createContext("/", feeds::handle);
            server.setExecutor(feeds.threads);
            server.start();
            return feeds;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void serve(String path, Feed feed) {
        redirects.remove(path);
        trickles.remove(path);
        feeds.put(path, feed);
    }

    /** {@code path} answers 302 to {@code location}. */
    public void redirect(String path, String location) {
        redirects.put(path, location);
    }

    /** As {@link #serve}, the body sent in pieces about a second apart over {@code over} (never silent long). */
    public void serveSlowly(String path, Feed feed, Duration over) {
        serve(path, feed);
        trickles.put(path, over);
    }

    public int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    public String lastAuthorization(String path) {
        return lastAuthorization.get(path);
    }

    /** The query and If-None-Match of the last request to {@code path}, or null before the first. */
    public Request lastRequest(String path) {
        return lastRequest.get(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null) {
            lastAuthorization.put(path, auth);
        }
        String query = exchange.getRequestURI().getRawQuery();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        lastRequest.put(path, new Request(query == null ? "" : query, ifNoneMatch == null ? "" : ifNoneMatch));
        Feed broken = feeds.get(path);
        if (broken != null && broken.breakAt() != null && !redirects.containsKey(path)) {
            sendBroken(exchange, broken); // never closes the exchange cleanly
            return;
        }
        try (exchange) {
            if (redirects.containsKey(path)) {
                exchange.getResponseHeaders().set("Location", redirects.get(path));
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            Feed feed = feeds.get(path);
            if (feed == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (feed.delayMillis() > 0) {
                Thread.sleep(feed.delayMillis());
            }
            if (feed.status() != 200) {
                exchange.sendResponseHeaders(feed.status(), -1);
                return;
            }
            String text = feed.rawBody() != null ? feed.rawBody() : render(feed);
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            String etag = "\""
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(body))
                            .substring(0, 16) + "\"";
            if (feed.etag()) {
                exchange.getResponseHeaders().set("ETag", etag);
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            feedHeaders(exchange, feed);
            if (feed.cutAt() != null) {
                body = java.util.Arrays.copyOf(body, Math.min(body.length, feed.cutAt()));
            }
            Duration trickle = trickles.get(path);
            exchange.sendResponseHeaders(200, trickle == null ? body.length : 0);
            try (OutputStream out = exchange.getResponseBody()) {
                if (trickle == null) {
                    out.write(body);
                } else {
                    trickle(out, body, trickle);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void feedHeaders(HttpExchange exchange, Feed feed) {
        exchange.getResponseHeaders()
                .set(
                        "Content-Type",
                        switch (feed.format()) {
                            case "JSON" -> "application/json";
                            case "XML" -> "application/xml";
                            default -> "text/csv; charset=UTF-8";
                        });
        if (feed.rowsHeader()) {
            exchange.getResponseHeaders()
                    .set(
                            "X-Feed-Rows",
                            String.valueOf(
                                    feed.declaredRows() != null
                                            ? feed.declaredRows()
                                            : feed.rows().size()));
        }
        if (feed.vendor() != null) {
            exchange.getResponseHeaders().set("X-Feed-Vendor", feed.vendor());
        }
        if (feed.generatedAt() != null) {
            exchange.getResponseHeaders().set("X-Feed-Generated-At", feed.generatedAt());
        }
    }

    /**
     * A body that breaks off after {@code breakAt} bytes: the headers announce all of it, the first bytes
     * go out and are flushed, then either the connection is dropped (the handler throws without closing
     * the exchange, so the JDK server closes the socket: no closing chunk, no missing bytes) or the server
     * is silent for {@code stall} and then sends the rest.
     */
    private static void sendBroken(HttpExchange exchange, Feed feed) throws IOException {
        byte[] body = (feed.rawBody() != null ? feed.rawBody() : render(feed)).getBytes(StandardCharsets.UTF_8);
        int at = Math.min(feed.breakAt(), body.length);
        feedHeaders(exchange, feed);
        if (feed.etag()) { // a tag the importer must not keep: the body it names never arrived whole
            exchange.getResponseHeaders()
                    .set("ETag", "\"broken-" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"");
        }
        exchange.sendResponseHeaders(200, feed.chunked() ? 0 : body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, at);
        out.flush();
        if (feed.stall() == null) {
            throw new IOException("feed broken off on purpose after " + at + " of " + body.length + " bytes");
        }
        try {
            Thread.sleep(feed.stall().toMillis());
            out.write(body, at, body.length - at);
            out.close();
        } catch (IOException gone) {
            // the importer gave up during the silence: expected
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private static void trickle(OutputStream out, byte[] body, Duration over) throws IOException, InterruptedException {
        int pieces = (int) Math.max(1, over.toSeconds());
        int size = Math.max(1, body.length / pieces);
        for (int from = 0; from < body.length; from += size) {
            out.write(body, from, Math.min(size, body.length - from));
            out.flush();
            if (from + size < body.length) {
                Thread.sleep(over.toMillis() / pieces);
            }
        }
    }

    static String render(Feed feed) {
        return switch (feed.format()) {
            case "JSON" ->
                "{\"vendor\": \"" + feed.vendor() + "\", \"generatedAt\": \"2026-11-27T01:00:00Z\", \"products\": ["
                        + feed.rows().stream()
                                .map(r -> "{\"sku\": \"" + r.sku() + "\", \"price\": " + r.price()
                                        + ", \"quantity\": " + r.quantity()
                                        + ", \"updatedAt\": \"2026-11-26T10:00:00Z\""
                                        + (r.title() == null ? "" : ", \"title\": \"" + r.title() + "\"") + "}")
                                .collect(Collectors.joining(",\n"))
                        + "]}";
            case "XML" ->
                "<feed vendor=\"" + feed.vendor() + "\" generatedAt=\"2026-11-27T01:00:00Z\">\n"
                        + feed.rows().stream()
                                .map(r -> "<product><sku>" + r.sku() + "</sku><price>" + r.price()
                                        + "</price><quantity>" + r.quantity()
                                        + "</quantity><updatedAt>2026-11-26T10:00:00Z</updatedAt>"
                                        + (r.title() == null ? "" : "<title>" + r.title() + "</title>")
                                        + "</product>\n")
                                .collect(Collectors.joining())
                        + "</feed>\n";
            default ->
                "sku,price,quantity,updatedAt,removed,title\r\n"
                        + feed.rows().stream()
                                .map(r -> r.sku() + "," + r.price() + "," + r.quantity() + ",2026-11-26T10:00:00Z,,"
                                        + (r.title() == null ? "" : "\"" + r.title() + "\"") + "\r\n")
                                .collect(Collectors.joining());
        };
    }

    /** As {@code @RegisterExtension static final FeedServer feeds = FeedServer.start();} it stops after the class. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
