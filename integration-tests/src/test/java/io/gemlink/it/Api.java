package io.gemlink.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A small HTTP client for the partner API as a partner would use it: JSON over real HTTP. */
public final class Api {

    public static final String BASE = System.getProperty("gemlink.base-url", "http://localhost:8080");
    /** The password of every account {@link #signup} makes, for signing in to the admin screens. */
    public static final String PASSWORD = "correct horse battery";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String apiKey;

    private Api(String apiKey) {
        this.apiKey = apiKey;
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public static Api withKey(String apiKey) {
        return new Api(apiKey);
    }

    /** Signs up a fresh account with a unique e-mail and returns a client holding its API key. */
    public static Account signup(String name) {
        String email = "it-" + UUID.randomUUID() + "@example.com";
        Response r = anonymous()
                .post(
                        "/api/v1/accounts",
                        Json.createObjectBuilder()
                                .add("name", name)
                                .add("email", email)
                                .add("password", PASSWORD)
                                .build()
                                .toString());
        if (r.status() != 201) {
            throw new AssertionError("signup failed: " + r);
        }
        JsonObject body = r.json();
        return new Account(
                body.getJsonNumber("id").longValue(),
                body.getString("publicId"),
                email,
                withKey(body.getString("apiKey")));
    }

    /** The key this client sends, for tests that need their own HTTP request (e.g. a longer time-out). */
    public String apiKey() {
        return apiKey;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response send(String method, String path, String contentType, String body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        if (apiKey != null) {
            b.header("Authorization", "Bearer " + apiKey);
        }
        return b;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An account made for one test. */
    public record Account(long id, String publicId, String email, Api api) {}

    /** An answer, with its body parsed on demand. */
    public record Response(int status, String contentType, String body) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        /** The field names of a problem answer's {@code errors}. */
        public java.util.List<String> errorFields() {
            return json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field"))
                    .toList();
        }

        public boolean isNull(String field) {
            return json().get(field) == null || json().get(field).getValueType() == JsonValue.ValueType.NULL;
        }
    }
}
