package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A vendor's stock change reaches its distributors' linked products without an import run: a PATCH of the
 * quantity and an order's reservation alike, each source's stock buffer applied. A content change still
 * brings a run ({@code VENDOR_CHANGE}); so does a product leaving an in-stock-only feed at 0, for the
 * source's missing-products rule. (Before, every vendor change made the sources due: the quantity came only
 * with a run, recorded before the quantity arrived, so counting runs after it arrived tells the two apart.)
 */
@ExtendWith(ArquillianExtension.class)
class StockFreshnessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aStockChangeReachesEveryLinkedProductLessItsSourcesBufferWithoutARunAndAContentChangeBringsOne()
            throws Exception {
        var vendor = Network.vendor("Fresh Stock Gems", "PROCESSING", Map.of("FS-RING", 10, "FS-BAND", 10));
        long feed = feed(vendor, "{}");
        var buffered = Network.distributor("Fresh Stock Buffered");
        var plain = Network.distributor("Fresh Stock Plain");
        long bufferedSource = source(vendor, feed, buffered, 2);
        long plainSource = source(vendor, feed, plain, 0);
        String ring = vendor.publicId() + "-FS-RING";
        String band = vendor.publicId() + "-FS-BAND";
        assertThat(quantity(buffered, bufferedSource, ring)).isEqualTo(8);
        assertThat(quantity(plain, plainSource, ring)).isEqualTo(10);

        var patch = vendor.api().send("PATCH", "/api/v1/products/FS-RING", "application/json", "{\"quantity\": 7}");
        assertThat(patch.status()).as(patch.body()).isEqualTo(200);
        awaitQuantity(buffered, bufferedSource, ring, 5); // 7 less the buffer of 2
        awaitQuantity(plain, plainSource, ring, 7);

        var placed = plain.api()
                .post("/api/v1/orders", DropshipMirroringIT.order("fresh-" + UUID.randomUUID(), Map.of(band, 3)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().getJsonArray("dropship").getJsonObject(0).getString("status"))
                .as("mirrored: the vendor's stock reserved")
                .isEqualTo("PROCESSING");
        awaitQuantity(plain, plainSource, band, 7);
        awaitQuantity(buffered, bufferedSource, band, 5); // the other distributor's too, less its buffer

        assertThat(runs(buffered, bufferedSource)).as("the first import only").hasSize(1);
        assertThat(runs(plain, plainSource)).as("the first import only").hasSize(1);

        var retitle = vendor.api()
                .send("PATCH", "/api/v1/products/FS-RING", "application/json", "{\"title\": \"Fresh ring\"}");
        assertThat(retitle.status()).as(retitle.body()).isEqualTo(200);
        JsonObject retitled = Waits.until(
                "the new title at the buffered distributor",
                () -> Imports.product(buffered, bufferedSource, ring),
                p -> p.getString("title").equals("Fresh ring"),
                Duration.ofSeconds(90));
        assertThat(retitled.getInt("quantity")).isEqualTo(5);
        List<JsonObject> after = Waits.until(
                "the run the content change brought to end",
                () -> runs(buffered, bufferedSource),
                all -> all.size() == 2 && !all.get(0).getString("status").equals("RUNNING"),
                Duration.ofSeconds(90));
        assertThat(after.get(0).getString("trigger")).isEqualTo("VENDOR_CHANGE");
    }

    @Test
    void anOrderTakingTheLastUnitsOfAnInStockOnlyFeedZeroesTheLinkedProductAndBringsARunForTheMissingRule()
            throws Exception {
        var vendor = Network.vendor("Last Units Gems", "PROCESSING", Map.of("LU-RING", 2, "LU-BAND", 5));
        long feed = feed(vendor, "{\"inStockOnly\": true}");
        var shop = Network.distributor("Last Units Boutique");
        long source = source(vendor, feed, shop, 0);
        String ring = vendor.publicId() + "-LU-RING";

        var placed = shop.api()
                .post("/api/v1/orders", DropshipMirroringIT.order("last-" + UUID.randomUUID(), Map.of(ring, 2)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);

        awaitQuantity(shop, source, ring, 0);
        List<JsonObject> runs = Waits.until(
                "a run for the product that left the feed, ended",
                () -> runs(shop, source),
                all -> all.size() == 2 && !all.get(0).getString("status").equals("RUNNING"),
                Duration.ofSeconds(90));
        assertThat(runs.get(0).getString("trigger")).isEqualTo("VENDOR_CHANGE");
        assertThat(runs.get(0).getInt("removed")).as(runs.get(0).toString()).isEqualTo(1);
    }

    /**
     * Two instances of a cluster each follow the stock changes their own requests made. Here the test plays the
     * other instance: it holds the vendor's sources as a follow-up does, and writes the linked quantity it had
     * read before the vendor's change. The server's follow-up of that change must wait for it and then write the
     * new quantity; if it did not take turns, it would write first and the other instance's old figure would stay.
     */
    @Test
    void followUpsOfOneVendorTakeTurnsSoAnotherInstancesOlderFollowUpCannotLandLast() throws Exception {
        var vendor = Network.vendor("Taking Turns Gems", "PROCESSING", Map.of("TT-RING", 10));
        long feed = feed(vendor, "{}");
        var shop = Network.distributor("Taking Turns Boutique");
        long source = source(vendor, feed, shop, 0);
        String ring = vendor.publicId() + "-TT-RING";
        assertThat(quantity(shop, source, ring)).isEqualTo(10);
        String linkedId = Db.text("SELECT id FROM product WHERE account_id = ? AND sku = ?", shop.id(), ring);

        try (Connection other = Db.connect()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "SELECT id FROM import_source WHERE vendor_account_id = ? ORDER BY id FOR UPDATE")) {
                lock.setLong(1, vendor.id());
                lock.executeQuery().close();
            }
            var patch = vendor.api().send("PATCH", "/api/v1/products/TT-RING", "application/json", "{\"quantity\": 7}");
            assertThat(patch.status()).as(patch.body()).isEqualTo(200);
            Thread.sleep(1500); // a follow-up that does not wait has written 7 by now (it takes milliseconds)
            assertThat(quantity(shop, source, ring))
                    .as("the server's follow-up waits for the other one")
                    .isEqualTo(10);
            try (PreparedStatement stale = other.prepareStatement("UPDATE product SET quantity = 10 WHERE id = ?")) {
                stale.setLong(1, Long.parseLong(linkedId));
                assertThat(stale.executeUpdate()).isEqualTo(1);
            }
            other.commit();
        }
        awaitQuantity(shop, source, ring, 7);
        Thread.sleep(500);
        assertThat(quantity(shop, source, ring)).as("and it stays").isEqualTo(7);
    }

    @Test
    void aDistributorCannotSetALinkedProductsQuantityButMayEditItsContent() throws Exception {
        var vendor = Network.vendor("Owned Stock Gems", "PROCESSING", Map.of("OS-RING", 5));
        var shop = Network.distributor("Owned Stock Boutique");
        String sku = Network.link(vendor, shop).get("OS-RING");
        String product = "/api/v1/products/" + sku;

        var patch = shop.api().send("PATCH", product, "application/json", "{\"quantity\": 50}");
        assertThat(patch.status()).as(patch.body()).isEqualTo(422);
        assertThat(patch.errorFields()).containsExactly("quantity");
        var retitled = shop.api().send("PATCH", product, "application/json", "{\"title\": \"Our ring\"}");
        assertThat(retitled.status()).as(retitled.body()).isEqualTo(200);
        var same = shop.api().send("PATCH", product, "application/json", "{\"quantity\": 5}");
        assertThat(same.status())
                .as("the quantity it shows, unchanged: " + same.body())
                .isEqualTo(200);

        JsonObject current = shop.api().get(product).json();
        String upsert = "{\"sku\":\"" + sku + "\",\"title\":\"Our ring\",\"price\":" + current.getJsonNumber("price")
                + ",\"quantity\":%d}";
        var upserted = shop.api().post("/api/v1/products", upsert.formatted(99)).json();
        assertThat(upserted.getInt("updated")).isZero();
        assertThat(upserted.getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("quantity");
        assertThat(shop.api()
                        .post("/api/v1/products", upsert.formatted(5))
                        .json()
                        .getInt("updated"))
                .isEqualTo(1);

        JsonObject after = shop.api().get(product).json();
        assertThat(after.getInt("quantity")).as("still the vendor's figure").isEqualTo(5);
        assertThat(after.isNull("link")).as("still linked").isFalse();
        var vendorPatch =
                vendor.api().send("PATCH", "/api/v1/products/OS-RING", "application/json", "{\"quantity\": 2}");
        assertThat(vendorPatch.status()).as(vendorPatch.body()).isEqualTo(200);
        Waits.until(
                "the vendor's stock to reach the link",
                () -> shop.api().get(product).json().getInt("quantity"),
                q -> q == 2,
                Duration.ofSeconds(30));
    }

    private static long feed(Api.Account vendor, String filter) {
        var feed = vendor.api().post("/api/v1/feeds", """
                {"name":"Fresh pieces","format":"JSON","fields":["title","category","metal","purity","currency"],
                 "filter":%s,"pricing":{"base":"COST","markupPercent":50,"rounding":"NONE"}}""".formatted(filter));
        assertThat(feed.status()).as(feed.body()).isEqualTo(201);
        return feed.json().getJsonNumber("id").longValue();
    }

    /** The distributor's source of the vendor's feed, with this stock buffer, imported once. */
    private static long source(Api.Account vendor, long feed, Api.Account distributor, int stockBuffer)
            throws InterruptedException {
        JsonObject grant = Network.grant(vendor, feed, distributor);
        long source = Imports.createSource(
                distributor,
                "{\"feedUrl\": \"" + grant.getString("url") + "\", \"token\": \"" + grant.getString("token")
                        + "\", \"everyMinutes\": 1440, \"stockBuffer\": " + stockBuffer
                        + ", \"missing\": \"ZERO_STOCK\"}");
        Network.runImport(distributor, source);
        return source;
    }

    private static int quantity(Api.Account distributor, long source, String sku) {
        return Imports.product(distributor, source, sku).getInt("quantity");
    }

    private static void awaitQuantity(Api.Account distributor, long source, String sku, int quantity) {
        Waits.until(
                sku + " at quantity " + quantity,
                () -> quantity(distributor, source, sku),
                q -> q == quantity,
                Duration.ofSeconds(60));
    }

    /** The source's runs, newest first. */
    private static List<JsonObject> runs(Api.Account distributor, long source) {
        return distributor
                .api()
                .get("/api/v1/import-sources/" + source + "/runs?size=50")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }
}
