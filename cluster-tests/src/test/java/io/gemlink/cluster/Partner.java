package io.gemlink.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A partner account of the cluster test and its API key: JSON over real HTTP through the balancer (or one
 * instance's own port), as a partner would call. A request nobody answers throws {@code UncheckedIOException}.
 */
record Partner(long id, String publicId, String email, String apiKey, String base) {

    static final String PASSWORD = "correct horse battery";

    static Partner signup(String base, String name) {
        String email = "cluster-" + UUID.randomUUID() + "@example.com";
        JsonObject body = Http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/accounts"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("name", name)
                                .add("email", email)
                                .add("password", PASSWORD)
                                .build()
                                .toString()))
                        .build())
                .expect(201)
                .json();
        return new Partner(
                body.getJsonNumber("id").longValue(),
                body.getString("publicId"),
                email,
                body.getString("apiKey"),
                base);
    }

    /** The same account, talking to another address (an instance's own port). */
    Partner via(String otherBase) {
        return new Partner(id, publicId, email, apiKey, otherBase);
    }

    Http.Answer get(String path) {
        return Http.send(request(path).GET().build());
    }

    Http.Answer post(String path, String json) {
        return Http.send(postRequest(path, json));
    }

    Http.Answer put(String path, String json) {
        return Http.send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpRequest postRequest(String path, String json) {
        return request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    /** Every item of a paged list ({@code {items, page, size, total}}), 500 a page. */
    List<JsonObject> all(String path) {
        List<JsonObject> all = new ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonObject p = get(path + sep + "size=500&page=" + page).expect(200).json();
            List<JsonObject> items = p.getJsonArray("items").getValuesAs(JsonObject.class);
            all.addAll(items);
            if (items.isEmpty() || all.size() >= p.getJsonNumber("total").longValue()) {
                return all;
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + apiKey);
    }
}
