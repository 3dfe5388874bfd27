package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A distributor's import sources through the partner API, as the import ITs use them. */
final class Imports {

    private Imports() {}

    static long createSource(Api.Account distributor, String json) {
        Api.Response r = distributor.api().post("/api/v1/import-sources", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    static String source(String feedUrl, String extra) {
        return "{\"feedUrl\": \"" + feedUrl + "\", \"token\": \"grant-token-1\", \"everyMinutes\": 60"
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    static long runNow(Api.Account distributor, long sourceId) {
        Api.Response r = distributor.api().post("/api/v1/import-sources/" + sourceId + "/runs", "");
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.json().getString("status")).isIn("RUNNING", "SUCCEEDED", "FAILED");
        return r.json().getJsonNumber("id").longValue();
    }

    /** Runs now and waits until the run has ended; answers the finished run with its rejected rows. */
    static JsonObject run(Api.Account distributor, long sourceId) {
        return awaitRun(distributor, sourceId, runNow(distributor, sourceId));
    }

    static JsonObject awaitRun(Api.Account distributor, long sourceId, long runId) {
        return awaitRun(distributor, sourceId, runId, Duration.ofSeconds(90));
    }

    static JsonObject awaitRun(Api.Account distributor, long sourceId, long runId, Duration limit) {
        return Waits.until(
                "run " + runId + " of source " + sourceId + " to end",
                () -> distributor
                        .api()
                        .get("/api/v1/import-sources/" + sourceId + "/runs/" + runId)
                        .json(),
                run -> !"RUNNING".equals(run.getString("status")),
                limit);
    }

    static List<JsonObject> products(Api.Account distributor, long sourceId) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject p = distributor
                    .api()
                    .get("/api/v1/import-sources/" + sourceId + "/products?size=500&page=" + page)
                    .json();
            all.addAll(p.getJsonArray("items").getValuesAs(JsonObject.class));
            if (all.size() >= p.getJsonNumber("total").longValue()) {
                return all;
            }
        }
    }

    static JsonObject product(Api.Account distributor, long sourceId, String sku) {
        return products(distributor, sourceId).stream()
                .filter(p -> p.getString("sku").equals(sku))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no linked product " + sku));
    }

    /** As {@link Waits#until}, for callers that name what they wait for in the predicate's value. */
    static <T> T await(java.util.function.Supplier<T> probe, Predicate<T> done, Duration limit) {
        return Waits.until("a condition", probe, done, limit);
    }

    static List<FeedServer.Row> rows(int count, String prefix) {
        List<FeedServer.Row> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new FeedServer.Row(prefix + i, (100 + i) + ".00", 5 + i, "Ring " + i));
        }
        return rows;
    }
}
