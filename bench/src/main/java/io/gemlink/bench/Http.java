package io.gemlink.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The partner API over real HTTP, as a partner's script would call it. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String base;
    private final String key;

    Http(String base, String key) {
        this.base = base;
        this.key = key;
    }

    Http as(String apiKey) {
        return new Http(base, apiKey);
    }

    String base() {
        return base;
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(10))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonObject json(String method, String path, String body, int expected) {
        HttpResponse<String> r = send(method, path, body == null ? null : "application/json", body);
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + ": " + r.body());
        }
        return (JsonObject) parse(r.body());
    }

    /** Streams a body to the end and counts its lines, without keeping it. */
    /** Reads a feed to its end: its lines (CSV rows + header) and its bytes. */
    long[] countLines(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        try {
            HttpResponse<InputStream> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " → " + r.statusCode());
            }
            long lines = 0;
            long bytes = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = r.body()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            return new long[] {lines, bytes};
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }
}
