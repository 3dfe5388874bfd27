package io.gemlink.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a small dropshipping network through the partner API only, as partners would: a vendor with
 * products, a feed and a grant; a distributor that imports it over real HTTP into linked products.
 */
public final class Network {

    private Network() {}

    /** A vendor with dropshipping on, receiving dropship orders in {@code status} (null: none chosen). */
    public static Api.Account vendor(String name, String status, Map<String, Integer> stockBySku) {
        Api.Account vendor = Api.signup(name);
        settings(vendor, true, status);
        JsonArrayBuilder products = Json.createArrayBuilder();
        stockBySku.forEach((sku, quantity) -> products.add(Json.createObjectBuilder()
                .add("sku", sku)
                .add("title", "Piece " + sku)
                .add("category", "RING")
                .add("metal", "GOLD")
                .add("purity", "14K")
                .add("cost", 100)
                .add("price", 250)
                .add("currency", "USD")
                .add("quantity", quantity)));
        var upsert = vendor.api().post("/api/v1/products", products.build().toString());
        if (upsert.status() != 200 || upsert.json().getInt("created") != stockBySku.size()) {
            throw new AssertionError("vendor catalog not loaded: " + upsert);
        }
        return vendor;
    }

    public static Api.Account distributor(String name) {
        Api.Account distributor = Api.signup(name);
        settings(distributor, true, null);
        return distributor;
    }

    public static void settings(Api.Account account, boolean enabled, String vendorStatus) {
        var r = account.api()
                .put(
                        "/api/v1/settings/dropshipping",
                        "{\"enabled\":" + enabled + ",\"vendorOrderStatus\":"
                                + (vendorStatus == null ? "null" : "\"" + vendorStatus + "\"") + "}");
        if (r.status() != 200) {
            throw new AssertionError("settings refused: " + r);
        }
    }

    /**
     * Shares the vendor's catalog with the distributor (feed + grant), imports it, and answers the
     * distributor's SKU of each vendor SKU.
     */
    public static Map<String, String> link(Api.Account vendor, Api.Account distributor) throws InterruptedException {
        return share(vendor, distributor).skus();
    }

    /**
     * A link made through a real grant: the vendor's feed, the grant and its token, the distributor's source and
     * SKUs.
     */
    public record Link(long feedId, long grantId, String token, long sourceId, Map<String, String> skus) {}

    /** As {@link #link}, answering the feed, grant and source too. */
    public static Link share(Api.Account vendor, Api.Account distributor) throws InterruptedException {
        var feed = vendor.api().post("/api/v1/feeds", """
                {"name":"All pieces","format":"JSON","fields":["title","category","metal","purity","currency"],
                 "filter":{},"pricing":{"base":"COST","markupPercent":50,"rounding":"NONE"}}""");
        if (feed.status() != 201) {
            throw new AssertionError("feed refused: " + feed);
        }
        long feedId = feed.json().getJsonNumber("id").longValue();
        JsonObject grant = grant(vendor, feedId, distributor);
        var source = distributor
                .api()
                .post(
                        "/api/v1/import-sources",
                        Json.createObjectBuilder()
                                .add("feedUrl", Api.BASE + "/feeds/" + feedId)
                                .add("token", grant.getString("token"))
                                .add("everyMinutes", 1440)
                                .add(
                                        "priceRule",
                                        Json.createObjectBuilder()
                                                .add("markupPercent", 20)
                                                .add("rounding", "NINETY_NINE"))
                                .add("stockBuffer", 0)
                                .add("missing", "ZERO_STOCK")
                                .build()
                                .toString());
        if (source.status() != 201) {
            throw new AssertionError("import source refused: " + source);
        }
        long sourceId = source.json().getJsonNumber("id").longValue();
        runImport(distributor, sourceId);
        Map<String, String> skus = new HashMap<>();
        for (JsonObject p : distributor
                .api()
                .get("/api/v1/products?linked=true&size=500")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            JsonObject link = p.getJsonObject("link");
            if (link.getString("vendorPublicId").equals(vendor.publicId())) {
                skus.put(link.getString("vendorSku"), p.getString("sku"));
            }
        }
        return new Link(feedId, grant.getJsonNumber("id").longValue(), grant.getString("token"), sourceId, skus);
    }

    /** A new grant of the vendor's feed to the distributor: {@code {id, token, url}}. */
    public static JsonObject grant(Api.Account vendor, long feedId, Api.Account distributor) {
        var grant = vendor.api()
                .post(
                        "/api/v1/feeds/" + feedId + "/grants",
                        "{\"distributorPublicId\":\"" + distributor.publicId() + "\"}");
        if (grant.status() != 201) {
            throw new AssertionError("grant refused: " + grant);
        }
        return grant.json();
    }

    public static JsonObject runImport(Api.Account distributor, long sourceId) throws InterruptedException {
        var started = distributor.api().post("/api/v1/import-sources/" + sourceId + "/runs", "");
        if (started.status() != 202) {
            throw new AssertionError("run refused: " + started);
        }
        long runId = started.json().getJsonNumber("id").longValue();
        JsonObject run = Waits.until(
                "import run " + runId + " of source " + sourceId + " to end",
                () -> distributor
                        .api()
                        .get("/api/v1/import-sources/" + sourceId + "/runs/" + runId)
                        .json(),
                r -> !"RUNNING".equals(r.getString("status")),
                Duration.ofSeconds(60));
        if (!"SUCCEEDED".equals(run.getString("status"))) {
            throw new AssertionError("import failed: " + run);
        }
        return run;
    }
}
