package io.gemlink.it;

import static io.gemlink.it.ImportPipelineIT.counters;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Vendor and distributor in one deployment, end to end over real HTTP: a vendor's catalog, a feed and
 * a grant (feeds-module) imported by the distributor's source (linking-module); then a stock change
 * at the vendor reaches the linked product by the StockChanged event without a run (StockFreshnessIT), and a
 * content change by the ProductsChanged event, before the next scheduled run, in a run recorded with the trigger
 * VENDOR_CHANGE (timer runs are SCHEDULE: ImportScheduleIT; "Run now" MANUAL).
 * After a whole-feed run a source fetches only the changes ({@code since}): edits, new products and
 * products that left the feed all arrive that way; new import rules make the next run whole again.
 */
@ExtendWith(ArquillianExtension.class)
class ImportEndToEndIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aVendorsFeedImportsAndAVendorStockChangeReachesTheLinkedProductQuickly() {
        Link link = link(
                "End To End",
                "XML",
                "\"priceRule\": {\"markupPercent\": 20, \"rounding\": \"WHOLE\"}, \"stockBuffer\": 1");
        var vendor = link.vendor();
        var distributor = link.distributor();
        long source = link.source();

        JsonObject run = Imports.run(distributor, source);

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(counters(run)).containsExactly(2, 2, 0, 0, 0, 0);
        JsonObject ring = Imports.product(distributor, source, vendor.publicId() + "-G-RING");
        assertThat(ring.getJsonNumber("price").bigDecimalValue())
                .isEqualByComparingTo("122.00"); // 100.99 × 1.2 → whole
        assertThat(ring.getInt("quantity")).isEqualTo(4);
        assertThat(ring.getString("title")).isEqualTo("Gold ring, \"classic\"");
        assertThat(run.getBoolean("changesOnly"))
                .as("the first run takes the whole feed")
                .isFalse();
        JsonObject again = Imports.run(distributor, source);
        assertThat(again.getBoolean("changesOnly"))
                .as("after a whole-feed run: only the changes (since)")
                .isTrue();
        assertThat(again.getInt("created") + again.getInt("updated") + again.getInt("removed"))
                .as("unchanged vendor catalog: nothing to write")
                .isZero();

        var patch = vendor.api().send("PATCH", "/api/v1/products/G-RING", "application/json", "{\"quantity\": 9}");
        assertThat(patch.status()).as(patch.body()).isEqualTo(200);

        JsonObject followed = Waits.until(
                "the linked G-RING at quantity 8 (9 less the buffer of 1)",
                () -> Imports.product(distributor, source, vendor.publicId() + "-G-RING"),
                p -> p.getInt("quantity") == 8,
                Duration.ofSeconds(90));
        assertThat(followed.getInt("quantity")).isEqualTo(8);
        assertThat(latestRunId(distributor, source))
                .as("a quantity comes without a run (StockFreshnessIT)")
                .isEqualTo(again.getJsonNumber("id").longValue());

        var retitle = vendor.api()
                .send("PATCH", "/api/v1/products/G-RING", "application/json", "{\"title\": \"Gold ring, new\"}");
        assertThat(retitle.status()).as(retitle.body()).isEqualTo(200);
        Waits.until(
                "the run the new title brings",
                () -> latestRunId(distributor, source),
                id -> id != again.getJsonNumber("id").longValue(),
                Duration.ofSeconds(90));
        JsonObject latest = Imports.awaitRun(distributor, source, latestRunId(distributor, source));
        assertThat(latest.getString("trigger"))
                .as("brought by the vendor's change, not the daily schedule")
                .isEqualTo("VENDOR_CHANGE");
        assertThat(latest.getInt("updated")).isEqualTo(1);
        assertThat(Imports.product(distributor, source, vendor.publicId() + "-G-RING")
                        .getString("title"))
                .isEqualTo("Gold ring, new");
    }

    private static long latestRunId(Api.Account distributor, long source) {
        return distributor
                .api()
                .get("/api/v1/import-sources/" + source + "/runs")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    void afterAWholeFeedRunOnlyTheChangesAreFetchedAndApplied() {
        Link link = link(
                "Changes Only",
                "CSV",
                "\"priceRule\": {\"markupPercent\": 0, \"rounding\": \"NONE\"}, \"missing\": \"ZERO_STOCK\"");
        var vendor = link.vendor();
        var distributor = link.distributor();
        long source = link.source();
        JsonObject grant = link.grant();
        JsonObject full = Imports.run(distributor, source);
        assertThat(full.getBoolean("changesOnly")).isFalse();
        assertThat(counters(full))
                .containsExactly(2, 2, 0, 0, 0, 0); // G-RING, G-NECK: gold, in stock, ring or necklace

        // the vendor edits one product's stock (followed without a run), adds one and deletes one (these kick the
        // source)
        assertThat(vendor.api()
                        .send("PATCH", "/api/v1/products/G-RING", "application/json", "{\"quantity\": 3}")
                        .status())
                .isEqualTo(200);
        assertThat(vendor.api().post("/api/v1/products", """
                [{"sku": "G-BAND", "title": "Gold band", "category": "RING", "metal": "GOLD", "purity": "18K",
                  "cost": 60, "price": 150, "quantity": 6}]""").status()).isEqualTo(200);
        assertThat(vendor.api()
                        .send("DELETE", "/api/v1/products/G-NECK", "application/json", "")
                        .status())
                .isEqualTo(204);

        String prefix = vendor.publicId() + "-";
        List<JsonObject> linked = Waits.until(
                "G-RING 3, G-BAND 6, G-NECK 0 at the distributor",
                () -> Imports.products(distributor, source),
                all -> quantity(all, prefix + "G-RING") == 3
                        && quantity(all, prefix + "G-BAND") == 6
                        && quantity(all, prefix + "G-NECK") == 0,
                Duration.ofSeconds(60));
        assertThat(linked).hasSize(3);
        List<JsonObject> runs = Waits.until(
                "every run of the source ended",
                () -> distributor
                        .api()
                        .get("/api/v1/import-sources/" + source + "/runs?size=50")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class),
                all -> all.stream().noneMatch(r -> r.getString("status").equals("RUNNING")),
                Duration.ofSeconds(60));
        assertThat(runs).hasSizeGreaterThan(1);
        assertThat(runs.subList(0, runs.size() - 1))
                .as("every run after the first: changes only, brought by the vendor")
                .allSatisfy(r -> {
                    assertThat(r.getBoolean("changesOnly")).as(r.toString()).isTrue();
                    assertThat(r.getString("trigger")).as(r.toString()).isEqualTo("VENDOR_CHANGE");
                });
        assertThat(runs.stream().mapToInt(r -> r.getInt("removed")).sum())
                .as("G-NECK, by its removed row")
                .isEqualTo(1);

        // new import rules apply to every product: the next run takes the whole feed again
        assertThat(distributor
                        .api()
                        .put(
                                "/api/v1/import-sources/" + source,
                                "{\"feedUrl\": \"" + grant.getString("url")
                                        + "\", \"everyMinutes\": 1440, \"priceRule\": {\"markupPercent\": 10,"
                                        + " \"rounding\": \"NONE\"},"
                                        + " \"missing\": \"ZERO_STOCK\"}")
                        .status())
                .isEqualTo(200);
        JsonObject repriced = Imports.run(distributor, source);
        assertThat(repriced.getBoolean("changesOnly")).as(repriced.toString()).isFalse();
        assertThat(Imports.product(distributor, source, prefix + "G-RING")
                        .getJsonNumber("price")
                        .bigDecimalValue())
                .isEqualByComparingTo("111.09"); // feed 100.99 (cost 40 × 2.5, .99) × 1.1
    }

    @Test
    void aRowWhoseSkuIsAlreadyTheDistributorsOwnProductIsRejectedAndTheRestImported() {
        var vendor = FeedDeliveryIT.vendorWithCatalog("Taken Sku Gems");
        var distributor = Api.signup("Taken Sku Boutique");
        Network.settings(vendor, true, null); // nothing flows unless dropshipping is on for both
        Network.settings(distributor, true, null);
        // the distributor's own product happens to carry the SKU the linked G-RING would get
        var own = distributor
                .api()
                .post(
                        "/api/v1/products",
                        "[{\"sku\": \"" + vendor.publicId() + "-G-RING\","
                                + " \"title\": \"My own ring\", \"price\": 10, \"quantity\": 1}]");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        long feed = FeedDeliveryIT.createFeed(vendor, "JSON");
        JsonObject grant = FeedDeliveryIT.grant(vendor, feed, distributor.publicId());
        long source = Imports.createSource(
                distributor,
                "{\"feedUrl\": \"" + grant.getString("url") + "\", \"token\": \"" + grant.getString("token")
                        + "\", \"everyMinutes\": 1440}");

        JsonObject run = Imports.run(distributor, source);

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.getInt("created")).isEqualTo(1);
        assertThat(run.getInt("rejected")).isEqualTo(1);
        assertThat(run.getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains(vendor.publicId() + "-G-RING")
                .contains("does not come from this source");
        assertThat(Imports.products(distributor, source))
                .extracting(p -> p.getString("sku"))
                .containsExactly(vendor.publicId() + "-G-NECK");
        assertThat(distributor
                        .api()
                        .get("/api/v1/products/" + vendor.publicId() + "-G-RING")
                        .json()
                        .getString("title"))
                .as("the distributor's own product is untouched")
                .isEqualTo("My own ring");
    }

    /** A vendor with the seed catalog, its gold feed in {@code format}, and a distributor's source of it. */
    private static Link link(String name, String format, String rules) {
        var vendor = FeedDeliveryIT.vendorWithCatalog(name + " Gems");
        var distributor = Api.signup(name + " Boutique");
        Network.settings(vendor, true, null); // nothing flows unless dropshipping is on for both
        Network.settings(distributor, true, null);
        long feed = FeedDeliveryIT.createFeed(vendor, format);
        JsonObject grant = FeedDeliveryIT.grant(vendor, feed, distributor.publicId());
        long source = Imports.createSource(
                distributor,
                "{\"feedUrl\": \"" + grant.getString("url") + "\", \"token\": \"" + grant.getString("token")
                        + "\", \"everyMinutes\": 1440, " + rules + "}");
        return new Link(vendor, distributor, grant, source);
    }

    private record Link(Api.Account vendor, Api.Account distributor, JsonObject grant, long source) {}

    private static int quantity(List<JsonObject> products, String sku) {
        return products.stream()
                .filter(p -> p.getString("sku").equals(sku))
                .mapToInt(p -> p.getInt("quantity"))
                .findFirst()
                .orElse(-1);
    }
}
