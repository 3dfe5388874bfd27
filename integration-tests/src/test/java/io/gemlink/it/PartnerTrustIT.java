package io.gemlink.it;

import static io.gemlink.it.DropshipMirroringIT.order;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who can send orders to whom, tried as an attacker and as partners would, on the real server and
 * database over real HTTP: a link between two accounts exists only through a vendor's live grant, and
 * ending it takes effect at once.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerTrustIT {

    /** How long "at once" may take: the reaction runs right after the vendor's commit. */
    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @RegisterExtension
    static final FeedServer feeds = FeedServer.start();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aFeedThatClaimsAnotherVendorsIdMakesNoLinkAndNoVendorOrder() {
        var vendor = Network.vendor("Claimed Gems", "PROCESSING", Map.of("CL-RING", 5));
        var attacker = Network.distributor("Cheap Claims");
        String path = ImportPipelineIT.path();
        // X-Feed-Vendor and the body's "vendor" both name the victim, at a price of 0.01
        feeds.serve(
                path,
                FeedServer.Feed.of(
                        vendor.publicId(), "JSON", List.of(new FeedServer.Row("CL-RING", "0.01", 5, "Ring"))));
        long source = Imports.createSource(attacker, Imports.source(feeds.url(path), ""));

        JsonObject run = Imports.run(attacker, source);

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("SUCCEEDED");
        JsonObject view = attacker.api().get("/api/v1/import-sources/" + source).json();
        assertThat(view.getBoolean("external")).isTrue();
        assertThat(view.isNull("vendorPublicId")).isTrue();
        String sku = "S" + source + "-CL-RING";
        assertThat(attacker.api().get("/api/v1/products/" + sku).json().isNull("link"))
                .isTrue();
        assertThat(attacker.api().get("/api/v1/products?linked=true").json().getInt("total"))
                .isZero();
        assertNoVendorOrderFrom(attacker, vendor, sku, "CL-RING", 5);
    }

    @Test
    void aGrantTokenUsedByAnotherDistributorMakesNoLink() throws Exception {
        var vendor = Network.vendor("Leaky Gems", "PROCESSING", Map.of("LK-RING", 4));
        var granted = Network.distributor("Granted Boutique");
        var thief = Network.distributor("Token Thief");
        var link = Network.share(vendor, granted);
        String token = link.token(); // the granted distributor's token, leaked
        var inward = thief.api()
                .post(
                        "/api/v1/import-sources",
                        "{\"feedUrl\": \"" + Api.BASE + "/feeds/" + link.feedId() + "\", \"token\": \"" + token
                                + "\", \"everyMinutes\": 1440}");
        assertThat(inward.status())
                .as("an external source may not fetch from this server")
                .isEqualTo(422);
        assertThat(inward.errorFields()).containsExactly("feedUrl");
        // so the thief fetches the feed with the leaked token and serves its bytes from its own server
        FeedFetch.Answer stolen = FeedFetch.get("/feeds/" + link.feedId(), token, null);
        assertThat(stolen.status()).isEqualTo(200);
        String path = ImportPipelineIT.path();
        feeds.serve(
                path, FeedServer.Feed.of(vendor.publicId(), "JSON", List.of()).raw(stolen.body(), (int) stolen.rows()));
        long source = Imports.createSource(
                thief,
                "{\"feedUrl\": \"" + feeds.url(path) + "\", \"token\": \"" + token + "\", \"everyMinutes\": 1440}");

        JsonObject view = thief.api().get("/api/v1/import-sources/" + source).json();
        assertThat(view.getBoolean("external"))
                .as("the grant names another distributor")
                .isTrue();
        assertThat(view.isNull("vendorPublicId")).isTrue();
        JsonObject run = Imports.run(thief, source); // fetched over HTTP as any external feed: rows only
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(thief.api().get("/api/v1/products?linked=true").json().getInt("total"))
                .isZero();
        assertNoVendorOrderFrom(thief, vendor, "S" + source + "-LK-RING", "LK-RING", 4);
    }

    @Test
    void aRevokedGrantZeroesLinkedStockAtOnceSkipsOrdersAndANewGrantRestoresTheLink() throws Exception {
        var vendor = Network.vendor("Revoking Gems", "PROCESSING", Map.of("RV-RING", 6, "RV-HOOP", 3));
        var shop = Network.distributor("Revoked Boutique");
        var link = Network.share(vendor, shop);
        String ring = link.skus().get("RV-RING");
        assertThat(quantity(shop, ring)).isEqualTo(6);
        long productsBefore = productsOfSource(shop, link.sourceId());

        var revoke = vendor.api()
                .send("DELETE", "/api/v1/feeds/" + link.feedId() + "/grants/" + link.grantId(), "application/json", "");
        assertThat(revoke.status()).as(revoke.body()).isEqualTo(204);

        awaitQuantity(shop, ring, 0);
        assertThat(quantity(shop, link.skus().get("RV-HOOP"))).isZero();
        JsonObject source =
                shop.api().get("/api/v1/import-sources/" + link.sourceId()).json();
        assertThat(source.getString("linkEndedReason")).isEqualTo("the vendor revoked access to this feed");
        assertThat(shop.api().get("/api/v1/account/activity").body())
                .contains("the link ended because the vendor revoked");
        assertSkipped(shop, vendor, ring, "RV-RING", 6, "the vendor revoked access to this feed");
        JsonObject failed = Imports.run(shop, link.sourceId());
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failure")).contains("the vendor revoked access to this feed");

        Network.grant(vendor, link.feedId(), shop); // the vendor grants the feed anew: the next run restores the link

        awaitQuantity(shop, ring, 6);
        assertThat(productsOfSource(shop, link.sourceId()))
                .as("restored, not duplicated")
                .isEqualTo(productsBefore);
        assertThat(shop.api()
                        .get("/api/v1/import-sources/" + link.sourceId())
                        .json()
                        .isNull("linkEndedReason"))
                .isTrue();
        JsonObject order = shop.api()
                .post("/api/v1/orders", order("after-" + UUID.randomUUID(), Map.of(ring, 1)))
                .json();
        assertThat(order.getJsonArray("dropship").getJsonObject(0).getString("status"))
                .isEqualTo("PROCESSING");
        assertThat(vendor.api().get("/api/v1/products/RV-RING").json().getInt("quantity"))
                .isEqualTo(5);
    }

    @Test
    void aDeletedFeedZeroesLinkedStockAtOnceAndSkipsOrders() throws Exception {
        var vendor = Network.vendor("Deleting Gems", "PROCESSING", Map.of("DL-RING", 2));
        var shop = Network.distributor("Orphaned Boutique");
        var link = Network.share(vendor, shop);
        String ring = link.skus().get("DL-RING");

        assertThat(vendor.api()
                        .send("DELETE", "/api/v1/feeds/" + link.feedId(), "application/json", "")
                        .status())
                .isEqualTo(204);

        awaitQuantity(shop, ring, 0);
        assertThat(shop.api()
                        .get("/api/v1/import-sources/" + link.sourceId())
                        .json()
                        .getString("linkEndedReason"))
                .isEqualTo("the vendor deleted this feed");
        assertSkipped(shop, vendor, ring, "DL-RING", 2, "the vendor deleted this feed");
    }

    @Test
    void eitherSideTurningDropshippingOffZeroesLinkedStockAndTurningItOnRestoresIt() throws Exception {
        var vendor = Network.vendor("Switching Gems", "PROCESSING", Map.of("SW-RING", 7));
        var shop = Network.distributor("Switching Boutique");
        var link = Network.share(vendor, shop);
        String ring = link.skus().get("SW-RING");

        Network.settings(vendor, false, "PROCESSING");
        awaitQuantity(shop, ring, 0);
        assertThat(shop.api()
                        .get("/api/v1/import-sources/" + link.sourceId())
                        .json()
                        .getString("linkEndedReason"))
                .isEqualTo("the vendor's dropshipping module is off");
        assertSkipped(shop, vendor, ring, "SW-RING", 7, "the vendor's dropshipping module is off");
        Network.settings(vendor, true, "PROCESSING");
        awaitQuantity(shop, ring, 7);

        Network.settings(shop, false, null);
        awaitQuantity(shop, ring, 0);
        assertThat(shop.api()
                        .get("/api/v1/import-sources/" + link.sourceId())
                        .json()
                        .getString("linkEndedReason"))
                .isEqualTo("the distributor's dropshipping module is off");
        assertSkipped(shop, vendor, ring, "SW-RING", 7, "the distributor's dropshipping module is off");
        Network.settings(shop, true, null);
        awaitQuantity(shop, ring, 7);
        assertThat(productsOfSource(shop, link.sourceId())).isEqualTo(1);
    }

    @Test
    void partnersAreListedOnBothSidesAndEitherSideCanEndTheRelationship() throws Exception {
        var vendor = Network.vendor("Partner Gems", "PROCESSING", Map.of("PT-RING", 9, "PT-HOOP", 9));
        var shop = Network.distributor("Partner Boutique");
        var link = Network.share(vendor, shop);
        var placed = shop.api()
                .post(
                        "/api/v1/orders",
                        order("pt-" + UUID.randomUUID(), Map.of(link.skus().get("PT-RING"), 1)));
        assertThat(placed.status()).isEqualTo(201);

        JsonObject asVendor = only(vendor, shop.publicId());
        assertThat(asVendor.getString("partnerName")).isEqualTo("Partner Boutique");
        assertThat(asVendor.getString("partnerRole")).isEqualTo("DISTRIBUTOR");
        assertThat(asVendor.getString("status")).isEqualTo("ACTIVE");
        assertThat(asVendor.getJsonArray("feeds")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue())
                .isEqualTo(link.feedId());
        assertThat(asVendor.getJsonArray("feeds").getJsonObject(0).getString("name"))
                .isEqualTo("All pieces");
        assertThat(asVendor.getInt("linkedProducts")).isEqualTo(2);
        assertThat(asVendor.getInt("ordersLast30Days")).isEqualTo(1);
        assertThat(asVendor.getString("since")).isNotBlank();
        JsonObject asShop = only(shop, vendor.publicId());
        assertThat(asShop.getString("partnerRole")).isEqualTo("VENDOR");
        assertThat(asShop.getString("status")).isEqualTo("ACTIVE");
        assertThat(asShop.getInt("linkedProducts")).isEqualTo(2);
        assertThat(asShop.getInt("ordersLast30Days")).isEqualTo(1);
        var toItself = vendor.api()
                .post(
                        "/api/v1/feeds/" + link.feedId() + "/grants",
                        "{\"distributorPublicId\":\"" + vendor.publicId() + "\"}");
        assertThat(toItself.status()).as("a vendor cannot link to itself").isEqualTo(422);
        assertThat(toItself.errorFields()).containsExactly("distributorPublicId");
        int grantsBefore = vendor.api()
                .get("/api/v1/feeds/" + link.feedId() + "/grants")
                .jsonArray()
                .size();
        var twice = vendor.api()
                .post(
                        "/api/v1/feeds/" + link.feedId() + "/grants",
                        "{\"distributorPublicId\":\"" + shop.publicId() + "\"}");
        assertThat(twice.status())
                .as("a second live grant to the same distributor: no second live token")
                .isEqualTo(409);
        assertThat(twice.errorFields()).containsExactly("distributorPublicId");
        assertThat(vendor.api()
                        .get("/api/v1/feeds/" + link.feedId() + "/grants")
                        .jsonArray())
                .hasSize(grantsBefore);
        var stranger = Api.signup("Stranger Gems");
        assertThat(stranger.api().get("/api/v1/connections").jsonArray()).isEmpty();
        assertThat(stranger.api()
                        .send("DELETE", "/api/v1/connections/" + vendor.publicId(), "application/json", "")
                        .status())
                .isEqualTo(404);

        assertThat(vendor.api()
                        .send("DELETE", "/api/v1/connections/" + shop.publicId(), "application/json", "")
                        .status())
                .isEqualTo(204);

        awaitQuantity(shop, link.skus().get("PT-RING"), 0);
        assertThat(only(vendor, shop.publicId()).getString("status")).isEqualTo("ENDED");
        assertThat(only(shop, vendor.publicId()).getString("status")).isEqualTo("ENDED");

        // the other side: a distributor ends it by removing its sources (their missing rule, ZERO_STOCK)
        var other = Network.distributor("Leaving Boutique");
        var second = Network.share(vendor, other);
        assertThat(other.api()
                        .send("DELETE", "/api/v1/connections/" + vendor.publicId(), "application/json", "")
                        .status())
                .isEqualTo(204);
        assertThat(other.api()
                        .get("/api/v1/import-sources/" + second.sourceId())
                        .status())
                .isEqualTo(404);
        assertThat(quantity(other, second.skus().get("PT-HOOP"))).isZero();
        assertSkipped(
                other,
                vendor,
                second.skus().get("PT-HOOP"),
                "PT-HOOP",
                9,
                "the import source of these products was removed");
    }

    private static JsonObject only(Api.Account account, String partnerPublicId) {
        List<JsonObject> all =
                account.api().get("/api/v1/connections").jsonArray().getValuesAs(JsonObject.class);
        List<JsonObject> matching = all.stream()
                .filter(c -> c.getString("partnerPublicId").equals(partnerPublicId))
                .toList();
        assertThat(matching).as(all.toString()).hasSize(1);
        return matching.get(0);
    }

    /** An order for {@code sku} reaches no vendor: no dropship part at all (the product is the shop's own). */
    private static void assertNoVendorOrderFrom(
            Api.Account shop, Api.Account vendor, String sku, String vendorSku, int vendorStock) {
        var placed = shop.api().post("/api/v1/orders", order("x-" + UUID.randomUUID(), Map.of(sku, 1)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonValue dropship = placed.json().get("dropship");
        assertThat(dropship == null
                        || dropship == JsonValue.NULL
                        || dropship.asJsonArray().isEmpty())
                .as("no dropship part: " + placed.body())
                .isTrue();
        assertThat(vendor.api()
                        .get("/api/v1/orders?channel=DROPSHIPPING")
                        .json()
                        .getInt("total"))
                .isZero();
        assertThat(vendor.api().get("/api/v1/products/" + vendorSku).json().getInt("quantity"))
                .isEqualTo(vendorStock);
    }

    /** An order for {@code sku} gets a SKIPPED part with the reason; the vendor's orders and stock do not move. */
    private static void assertSkipped(
            Api.Account shop, Api.Account vendor, String sku, String vendorSku, int vendorStock, String reason) {
        long vendorOrders =
                vendor.api().get("/api/v1/orders?channel=DROPSHIPPING").json().getInt("total");
        var placed = shop.api().post("/api/v1/orders", order("skip-" + UUID.randomUUID(), Map.of(sku, 1)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonObject part = placed.json().getJsonArray("dropship").getJsonObject(0);
        assertThat(part.getString("status")).isEqualTo("SKIPPED");
        assertThat(part.getString("skippedReason")).isEqualTo(reason);
        assertThat(vendor.api()
                        .get("/api/v1/orders?channel=DROPSHIPPING")
                        .json()
                        .getInt("total"))
                .isEqualTo(vendorOrders);
        assertThat(vendor.api().get("/api/v1/products/" + vendorSku).json().getInt("quantity"))
                .isEqualTo(vendorStock);
    }

    private static int quantity(Api.Account shop, String sku) {
        return shop.api().get("/api/v1/products/" + sku).json().getInt("quantity");
    }

    private static void awaitQuantity(Api.Account shop, String sku, int expected) {
        Waits.until(sku + " at quantity " + expected, () -> quantity(shop, sku), q -> q == expected, AT_ONCE);
    }

    private static long productsOfSource(Api.Account shop, long sourceId) {
        return shop.api()
                .get("/api/v1/import-sources/" + sourceId + "/products")
                .json()
                .getInt("total");
    }
}
