package io.gemlink.cluster;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One HTTP/1.1 client for the test (nginx speaks HTTP/1.1 to it); answers keep {@code X-Upstream}. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Http() {}

    static Answer send(HttpRequest request) {
        try {
            return Answer.of(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer, its body parsed on demand; {@code upstream} is nginx's {@code X-Upstream} (null past it). */
    record Answer(int status, String body, String location, String upstream) {

        static Answer of(HttpResponse<String> r) {
            return new Answer(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("X-Upstream").orElse(null));
        }

        Answer expect(int... expected) {
            for (int e : expected) {
                if (status == e) {
                    return this;
                }
            }
            throw new AssertionError("expected HTTP " + java.util.Arrays.toString(expected) + ", got " + status
                    + " (upstream " + upstream + "): " + body);
        }

        /** The instance that answered: the last address of {@code X-Upstream} (nginx lists a failed one first). */
        String answeredBy() {
            if (upstream == null) {
                return null;
            }
            String[] tried = upstream.split(",");
            return tried[tried.length - 1].trim();
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
