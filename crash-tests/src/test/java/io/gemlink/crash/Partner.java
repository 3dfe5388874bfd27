package io.gemlink.crash;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * A partner account of the crash suite and its API key: JSON over real HTTP, as a partner would call.
 * A request the killed server never answers throws {@link UncheckedIOException}.
 */
record Partner(long id, String publicId, String apiKey) {

    static final String BASE = "http://localhost:8080";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Partner signup(String name) {
        Answer r = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/accounts"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("name", name)
                        .add("email", "crash-" + UUID.randomUUID() + "@example.com")
                        .add("password", "correct horse battery")
                        .build()
                        .toString())));
        JsonObject body = r.expect(201).json();
        return new Partner(body.getJsonNumber("id").longValue(), body.getString("publicId"), body.getString("apiKey"));
    }

    Answer get(String path) {
        return send(request(path, Duration.ofSeconds(60)).GET());
    }

    Answer post(String path, String json) {
        return send(request(path, Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String json) {
        return send(request(path, Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A large upload that may take minutes. */
    Answer postCsv(String path, String csv, Duration timeout) {
        return send(request(path, timeout)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + apiKey);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer, its body parsed on demand. */
    record Answer(int status, String body, String location) {

        Answer expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + ", got " + status + ": " + body);
            }
            return this;
        }

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }
}
