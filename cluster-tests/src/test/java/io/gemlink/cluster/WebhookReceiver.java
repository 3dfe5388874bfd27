package io.gemlink.cluster;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The distributors' tracking webhook, in the test JVM on 127.0.0.2 (the one inward address the cluster may reach:
 * {@code GEMLINK_OUTBOUND_ALLOWED_NETWORKS}): answers 200 and records each request's {@code X-Gemlink-Delivery}
 * with the time it arrived, and whether {@code X-Gemlink-Signature} (over {@code X-Gemlink-Timestamp} and the body)
 * was right for the account the path names.
 */
final class WebhookReceiver implements AutoCloseable {

    static final String HOST = "127.0.0.2";

    private final HttpServer server;
    private final Map<String, String> secrets = new ConcurrentHashMap<>(); // path -> the account's secret
    private final Map<String, List<Instant>> receipts = new ConcurrentHashMap<>(); // delivery id -> arrivals
    private final List<String> badSignatures = new CopyOnWriteArrayList<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(HOST, 0), 0);
        server.createContext("/hooks/", exchange -> {
            Instant at = Instant.now();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String delivery = exchange.getRequestHeaders().getFirst("X-Gemlink-Delivery");
            String secret = secrets.get(exchange.getRequestURI().getPath());
            String signature = exchange.getRequestHeaders().getFirst("X-Gemlink-Signature");
            String timestamp = exchange.getRequestHeaders().getFirst("X-Gemlink-Timestamp");
            if (secret == null || timestamp == null || !("sha256=" + hmac(secret, timestamp, body)).equals(signature)) {
                badSignatures.add(delivery + " " + exchange.getRequestURI().getPath());
            }
            receipts.computeIfAbsent(String.valueOf(delivery), k -> new CopyOnWriteArrayList<>())
                    .add(at);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** The URL for one account's webhook, whose notices are signed with {@code secret}. */
    String url(String account, String secret) {
        String path = "/hooks/" + account;
        secrets.put(path, secret);
        return "http://" + HOST + ":" + server.getAddress().getPort() + path;
    }

    /** Delivery id -> the times it was received (one entry per request). */
    Map<String, List<Instant>> receipts() {
        return Map.copyOf(receipts);
    }

    List<String> badSignatures() {
        return List.copyOf(badSignatures);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The signature docs/api.md gives: HMAC-SHA256 of {@code "<timestamp>.<raw body>"}, in hex. */
    private static String hmac(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
