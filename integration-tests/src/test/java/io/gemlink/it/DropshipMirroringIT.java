package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.it.faults.MirrorFaults;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dropship mirroring on the real server and database, over a network built through the API:
 * one vendor order per (distributor order, vendor), exactly once, in the vendor's status, with
 * shared stock that is never sold twice.
 */
@ExtendWith(ArquillianExtension.class)
class DropshipMirroringIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static String order(String externalId, Map<String, Integer> quantityBySku) {
        StringBuilder lines = new StringBuilder();
        quantityBySku.forEach((sku, q) -> lines.append(lines.length() == 0 ? "" : ",")
                .append("{\"sku\":\"")
                .append(sku)
                .append("\",\"quantity\":")
                .append(q)
                .append(",\"unitPrice\":299.99}"));
        return """
                {"channel":"SHOPIFY","externalId":"%s","currency":"USD",
                 "shippingAddress":{"name":"Mia Chen","line1":"20 Pine St","city":"Seattle","region":"WA",
                 "postalCode":"98101","country":"US","phone":"+1 206 555 0100"},
                 "lines":[%s]}""".formatted(externalId, lines);
    }

    @Test
    void aMixedOrderYieldsOneDropshipOrderPerVendorWithOnlyItsLines() throws Exception {
        var aurora = Network.vendor("Aurora Gems", "PROCESSING", Map.of("AU-RING-6", 5, "AU-RING-7", 5));
        var bella = Network.vendor("Bella Silver", "AWAITING_SHIPMENT", Map.of("BS-HOOP", 9));
        var shop = Network.distributor("Mixed Boutique");
        var auroraSkus = Network.link(aurora, shop);
        var bellaSkus = Network.link(bella, shop);
        shop.api()
                .post(
                        "/api/v1/products",
                        "[{\"sku\":\"OWN-CHAIN\",\"title\":\"Own"
                                + " chain\",\"price\":49,\"currency\":\"USD\",\"quantity\":3}]");

        var placed = shop.api()
                .post(
                        "/api/v1/orders",
                        order(
                                "mixed-" + UUID.randomUUID(),
                                Map.of(auroraSkus.get("AU-RING-7"), 1, bellaSkus.get("BS-HOOP"), 2, "OWN-CHAIN", 1)));

        assertThat(placed.status()).isEqualTo(201);
        JsonObject order = placed.json();
        assertThat(order.getString("channel")).isEqualTo("SHOPIFY");
        List<JsonObject> parts = order.getJsonArray("dropship").getValuesAs(JsonObject.class);
        assertThat(parts)
                .extracting(p -> p.getString("vendorPublicId"))
                .containsExactlyInAnyOrder(aurora.publicId(), bella.publicId());

        JsonObject auroraOrder = onlyDropshipOrder(aurora);
        assertThat(auroraOrder.getString("channel")).isEqualTo("DROPSHIPPING");
        assertThat(auroraOrder.getString("status")).isEqualTo("PROCESSING");
        assertThat(auroraOrder.getString("sourceAccountPublicId")).isEqualTo(shop.publicId());
        assertThat(auroraOrder.getString("sourceOrderNumber")).isEqualTo(order.getString("number"));
        assertThat(auroraOrder.getJsonObject("shippingAddress").getString("name"))
                .isEqualTo("Mia Chen");
        assertThat(auroraOrder.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("sku") + "x" + l.getInt("quantity"))
                .containsExactly("AU-RING-7x1");
        // the feed's price to the distributor (cost 100 + 50 %), not the shop's price (299.99)
        assertThat(auroraOrder
                        .getJsonArray("lines")
                        .getJsonObject(0)
                        .getJsonNumber("unitPrice")
                        .bigDecimalValue())
                .isEqualByComparingTo("150.00");
        JsonObject bellaOrder = onlyDropshipOrder(bella);
        assertThat(bellaOrder.getString("status")).isEqualTo("AWAITING_SHIPMENT");
        assertThat(bellaOrder.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("sku") + "x" + l.getInt("quantity"))
                .containsExactly("BS-HOOPx2");
        JsonObject auroraPart = parts.stream()
                .filter(p -> p.getString("vendorPublicId").equals(aurora.publicId()))
                .findFirst()
                .orElseThrow();
        assertThat(auroraPart.getString("vendorOrderNumber")).isEqualTo(auroraOrder.getString("number"));
        assertThat(auroraPart.getString("status")).isEqualTo("PROCESSING");

        assertThat(aurora.api().get("/api/v1/products/AU-RING-7").json().getInt("quantity"))
                .isEqualTo(4);
        assertThat(bella.api().get("/api/v1/products/BS-HOOP").json().getInt("quantity"))
                .isEqualTo(7);
    }

    @Test
    void theSameOrderPostedFiveTimesAtOnceMirrorsOnce() throws Exception {
        var vendor = Network.vendor("Once Gems", "NEW", Map.of("ONCE-1", 10));
        var shop = Network.distributor("Hasty Boutique");
        String sku = Network.link(vendor, shop).get("ONCE-1");
        String body = order("dup-" + UUID.randomUUID(), Map.of(sku, 1));

        ExecutorService pool = Executors.newFixedThreadPool(5);
        CyclicBarrier together = new CyclicBarrier(5);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(pool.submit((Callable<Api.Response>) () -> {
                together.await();
                return shop.api().post("/api/v1/orders", body);
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> a : answers) {
            statuses.add(a.get().status());
        }
        assertThat(statuses)
                .as("one 201 for the winner, 200 with the winner's order for the others (README)")
                .containsExactlyInAnyOrder(201, 200, 200, 200, 200);
        pool.shutdown();

        assertThat(shop.api().get("/api/v1/orders").json().getInt("total")).isEqualTo(1);
        assertThat(vendor.api()
                        .get("/api/v1/orders?channel=DROPSHIPPING")
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
        assertThat(vendor.api().get("/api/v1/products/ONCE-1").json().getInt("quantity"))
                .isEqualTo(9);
    }

    @Test
    void noVendorStatusCreatesNothingSaysWhyAndRetryCreatesItOnceFixed() throws Exception {
        var vendor = Network.vendor("Undecided Gems", null, Map.of("UND-1", 3));
        var shop = Network.distributor("Waiting Boutique");
        String sku = Network.link(vendor, shop).get("UND-1");

        JsonObject order = shop.api()
                .post("/api/v1/orders", order("nostatus-" + UUID.randomUUID(), Map.of(sku, 1)))
                .json();

        JsonObject part = order.getJsonArray("dropship").getJsonObject(0);
        assertThat(part.getString("status")).isEqualTo("SKIPPED");
        assertThat(part.getString("skippedReason")).contains("no status");
        assertThat(vendor.api().get("/api/v1/orders").json().getInt("total")).isZero();

        Network.settings(vendor, true, "ON_HOLD");
        var retried =
                shop.api().post("/api/v1/orders/" + order.getJsonNumber("id").longValue() + "/dropship/retry", "");

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().getJsonArray("dropship").getJsonObject(0).getString("status"))
                .isEqualTo("ON_HOLD");
        assertThat(onlyDropshipOrder(vendor).getString("status")).isEqualTo("ON_HOLD");
    }

    @Test
    void moduleOffOnEitherSideCreatesNothingAndSaysWhy() throws Exception {
        var vendor = Network.vendor("Switched Gems", "NEW", Map.of("SW-1", 3));
        var shop = Network.distributor("Switched Boutique");
        String sku = Network.link(vendor, shop).get("SW-1");

        Network.settings(shop, false, null);
        JsonObject first = shop.api()
                .post("/api/v1/orders", order("off-d-" + UUID.randomUUID(), Map.of(sku, 1)))
                .json();
        Network.settings(shop, true, null);
        Network.settings(vendor, false, "NEW");
        JsonObject second = shop.api()
                .post("/api/v1/orders", order("off-v-" + UUID.randomUUID(), Map.of(sku, 1)))
                .json();

        assertThat(first.getJsonArray("dropship").getJsonObject(0).getString("skippedReason"))
                .contains("distributor's dropshipping module is off");
        assertThat(second.getJsonArray("dropship").getJsonObject(0).getString("skippedReason"))
                .contains("vendor's dropshipping module is off");
        assertThat(vendor.api().get("/api/v1/orders").json().getInt("total")).isZero();
        assertThat(shop.api().get("/api/v1/account/activity").body())
                .contains("no dropship order for " + vendor.publicId());
    }

    @Test
    void aMirroringThatFailsAfterTheOrderCommittedIsFinishedByTheSweepExactlyOnce() throws Exception {
        var vendor = Network.vendor("Crash Gems", "PROCESSING", Map.of("CR-1", 4));
        var shop = Network.distributor("Crash Boutique");
        String sku = Network.link(vendor, shop).get("CR-1");

        // the test EAR's MirrorFaults: the first, immediate mirroring of this order fails as if the server had died
        // right after the commit
        JsonObject order = shop.api()
                .post("/api/v1/orders", order(MirrorFaults.CRASH_ONCE_PREFIX + UUID.randomUUID(), Map.of(sku, 2)))
                .json();
        JsonObject owed = order.getJsonArray("dropship").getJsonObject(0);
        assertThat(owed.getString("status")).isEqualTo("PENDING");
        assertThat(owed.getInt("failedAttempts"))
                .as("the failed attempt is recorded on its own")
                .isEqualTo(1);
        assertThat(Instant.parse(owed.getString("nextAttemptAt")))
                .isAfter(Instant.now().plusSeconds(3));
        assertThat(vendor.api().get("/api/v1/orders").json().getInt("total")).isZero();

        long id = order.getJsonNumber("id").longValue();
        JsonObject mirrored = await(
                () -> shop.api().get("/api/v1/orders/" + id).json(),
                o -> "PROCESSING"
                        .equals(o.getJsonArray("dropship").getJsonObject(0).getString("status")),
                Duration.ofSeconds(60));

        assertThat(mirrored.getJsonArray("dropship").getJsonObject(0).getString("vendorOrderNumber"))
                .isNotBlank();
        assertThat(vendor.api().get("/api/v1/orders").json().getInt("total")).isEqualTo(1);
        assertThat(vendor.api().get("/api/v1/products/CR-1").json().getInt("quantity"))
                .isEqualTo(2);
    }

    @Test
    void twoDistributorsOrderingTheLastUnitAtOnceGetOneLiveOrderAndOneBackorder() throws Exception {
        var vendor = Network.vendor("Scarce Gems", "PROCESSING", Map.of("LAST-1", 1));
        var north = Network.distributor("North Boutique");
        var south = Network.distributor("South Boutique");
        String northSku = Network.link(vendor, north).get("LAST-1");
        String southSku = Network.link(vendor, south).get("LAST-1");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        Future<Api.Response> a = pool.submit(() -> {
            together.await();
            return north.api().post("/api/v1/orders", order("n-" + UUID.randomUUID(), Map.of(northSku, 1)));
        });
        Future<Api.Response> b = pool.submit(() -> {
            together.await();
            return south.api().post("/api/v1/orders", order("s-" + UUID.randomUUID(), Map.of(southSku, 1)));
        });
        List<String> states = List.of(
                a.get().json().getJsonArray("dropship").getJsonObject(0).getString("status"),
                b.get().json().getJsonArray("dropship").getJsonObject(0).getString("status"));
        pool.shutdown();

        assertThat(states).containsExactlyInAnyOrder("PROCESSING", "BACKORDERED");
        assertThat(vendor.api()
                        .get("/api/v1/orders?channel=DROPSHIPPING")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("status"))
                .containsExactlyInAnyOrder("PROCESSING", "BACKORDERED");
        assertThat(vendor.api().get("/api/v1/products/LAST-1").json().getInt("quantity"))
                .isZero();

        // the reservation tells linked distributors at once (their sources become due), not at the next schedule
        for (var shop : List.of(north, south)) {
            String linkedSku = shop == north ? northSku : southSku;
            JsonObject linked = await(
                    () -> shop.api().get("/api/v1/products/" + linkedSku).json(),
                    p -> p.getInt("quantity") == 0,
                    Duration.ofSeconds(60));
            assertThat(linked.getInt("quantity")).isZero();
        }
    }

    @Test
    void theDistributorSeesItsVendorPartAndTheVendorSeesItUnderDropshipping() throws Exception {
        var vendor = Network.vendor("Screen Gems", "AWAITING_SHIPMENT", Map.of("SCR-1", 5));
        var shop = Network.distributor("Screen Boutique");
        String sku = Network.link(vendor, shop).get("SCR-1");
        JsonObject order = shop.api()
                .post("/api/v1/orders", order("screen-" + UUID.randomUUID(), Map.of(sku, 1)))
                .json();
        String vendorOrderNumber =
                order.getJsonArray("dropship").getJsonObject(0).getString("vendorOrderNumber");

        try (Browser browser = new Browser()) {
            browser.login(shop.email(), "correct horse battery");
            browser.open("/admin/orders/orders.xhtml");
            assertThat(browser.find("#orders\\:list").getText())
                    .contains(order.getString("number"), "Shopify", vendor.publicId() + ": Awaiting shipment");
            browser.find("#orders\\:list a.order-link").click();
            assertThat(browser.find("#order\\:dropship").getText())
                    .contains(vendor.publicId(), vendorOrderNumber, "Awaiting shipment");
            browser.find("#nav\\:logout").click();
            browser.find("#j_username");

            browser.login(vendor.email(), "correct horse battery");
            browser.open("/admin/orders/orders.xhtml?channel=DROPSHIPPING");
            assertThat(browser.find("#orders\\:list").getText())
                    .contains(vendorOrderNumber, "Dropshipping", shop.publicId() + " " + order.getString("number"))
                    .doesNotContain("Shopify");
            browser.find("#orders\\:list a.order-link").click();
            assertThat(browser.find("#order\\:lines").getText()).contains("SCR-1");
            assertThat(browser.find("#order\\:source").getText()).contains(shop.publicId());
        }
    }

    private static JsonObject onlyDropshipOrder(Api.Account vendor) {
        var page = vendor.api().get("/api/v1/orders?channel=DROPSHIPPING").json();
        assertThat(page.getInt("total")).isEqualTo(1);
        return page.getJsonArray("items").getJsonObject(0);
    }

    private static JsonObject await(
            java.util.function.Supplier<JsonObject> read, Predicate<JsonObject> done, Duration max)
            throws InterruptedException {
        return Waits.until("the answer to match", read, done, max); // fails loudly with the last answer
    }
}
