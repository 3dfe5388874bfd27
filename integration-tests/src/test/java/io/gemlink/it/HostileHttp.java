package io.gemlink.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sends one hostile request and judges the answer by the API's error contract: a 4xx, as
 * {@code application/problem+json} with a title, within the time limit. A hang counts as a failure.
 */
final class HostileHttp {

    static final Duration LIMIT = Duration.ofSeconds(2);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HostileHttp() {}

    /** What came back, and how long it took. */
    record Answer(
            String what, int status, String contentType, String body, Map<String, String> headers, Duration took) {

        /** Why this answer breaks the contract, or null when it keeps it. */
        String problem() {
            if (status < 400 || status > 499) {
                return "status " + status;
            }
            if (took.compareTo(LIMIT) > 0) {
                return "took " + took.toMillis() + " ms";
            }
            if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
                return "status " + status + " as '" + contentType + "'" + (body.isEmpty() ? " (empty body)" : "");
            }
            try {
                JsonObject problem = Json.createReader(new StringReader(body)).readObject();
                JsonValue title = problem.get("title");
                if (title == null || title.getValueType() != JsonValue.ValueType.STRING) {
                    return "status " + status + " problem without a title";
                }
            } catch (RuntimeException e) {
                return "status " + status + " problem body is not a JSON object";
            }
            return null;
        }

        @Override
        public String toString() {
            String shown = body.length() > 160 ? body.substring(0, 160) + "…" : body;
            return what + " → " + status + " " + contentType + " in " + took.toMillis() + " ms: " + shown;
        }
    }

    static Answer send(
            String what,
            String method,
            String path,
            String apiKey,
            String contentType,
            String body,
            Map<String, String> headers) {
        return sendBytes(
                what,
                method,
                path,
                apiKey,
                contentType,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    static Answer sendBytes(
            String what,
            String method,
            String path,
            String apiKey,
            String contentType,
            byte[] body,
            Map<String, String> headers) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(5));
        if (apiKey != null) {
            b.header("Authorization", "Bearer " + apiKey);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        b.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return timed(what, b.build());
    }

    /** A body sent chunked (no Content-Length), as a client streaming an upload would. */
    static Answer sendChunked(
            String what, String method, String path, String apiKey, String contentType, Supplier<InputStream> body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(body))
                .build();
        return timed(what, request);
    }

    private static Answer timed(String what, HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
            return new Answer(
                    what,
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.body(),
                    headers,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (HttpTimeoutException e) {
            return new Answer(
                    what, 0, "", "no answer: " + e.getMessage(), Map.of(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return new Answer(
                    what, 0, "", "connection failed: " + e, Map.of(), Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request that announces a body of {@code contentLength} bytes and sends none: a server that checks
     * the announced size answers at once; one that does not waits for bytes that never come.
     */
    static Answer announceOnly(
            String what, String method, String path, String apiKey, String contentType, long contentLength) {
        URI base = URI.create(Api.BASE);
        long start = System.nanoTime();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                            + "\r\nAuthorization: Bearer " + apiKey + "\r\nContent-Type: " + contentType
                            + "\r\nContent-Length: " + contentLength + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return read(what, socket.getInputStream(), start);
        } catch (IOException e) {
            return new Answer(what, 0, "", "no answer: " + e, Map.of(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static Answer read(String what, InputStream in, long start) throws IOException {
        String statusLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            headers.put(
                    h.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    h.substring(colon + 1).trim());
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).trim(), 16);
                    size > 0;
                    size = Integer.parseInt(line(in).trim(), 16)) {
                all.write(in.readNBytes(size));
                line(in);
            }
            body = all.toByteArray();
        } else {
            body = in.readAllBytes();
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        return new Answer(
                what,
                status,
                headers.getOrDefault("content-type", ""),
                new String(body, StandardCharsets.UTF_8),
                headers,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
