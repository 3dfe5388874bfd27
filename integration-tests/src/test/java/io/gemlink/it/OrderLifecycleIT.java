package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order lifecycle of issue #17 on the real server and database, over networks built through the API: a
 * vendor accepts or rejects the lines of a dropship order, either side cancels, and the distributor's lines and
 * status follow; stock that lines leave unshipped comes back exactly once; shipments on cancelled or rejected
 * orders, cancels of shipped lines, and answers from anyone but the order's vendor are refused.
 */
@ExtendWith(ArquillianExtension.class)
class OrderLifecycleIT {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aVendorRejectsLinesTheStockComesBackAndTheDistributorFollows() throws Exception {
        var vendor = Network.vendor("Reject Gems", "PROCESSING", Map.of("RJ-A", 5, "RJ-B", 5));
        var shop = Network.distributor("Reject Boutique");
        var skus = Network.link(vendor, shop);
        JsonObject order = place(shop, lines(skus.get("RJ-A"), 2, skus.get("RJ-B"), 1));
        JsonObject vendorOrder = dropshipOrderOf(vendor, order);
        assertThat(stock(vendor, "RJ-A")).isEqualTo(3);
        assertThat(stock(vendor, "RJ-B")).isEqualTo(4);
        assertThat(line(vendorOrder, 1).getString("state")).isEqualTo("OPEN");
        assertThat(line(vendorOrder, 1).isNull("rejection")).isTrue();
        assertThat(line(order, 2).getString("state")).isEqualTo("OPEN");

        var rejected = vendor.api()
                .post(
                        linePath(vendorOrder, 1, "reject"),
                        "{\"reason\":\"OUT_OF_STOCK\",\"note\":\"the last one broke\"}");

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        JsonObject rejection = line(rejected.json(), 1).getJsonObject("rejection");
        assertThat(line(rejected.json(), 1).getString("state")).isEqualTo("REJECTED");
        assertThat(rejection.getString("reason")).isEqualTo("OUT_OF_STOCK");
        assertThat(rejection.getString("note")).isEqualTo("the last one broke");
        assertThat(rejection.getString("at")).isNotBlank();
        assertThat(rejected.json().getString("status")).isEqualTo("PROCESSING");
        assertThat(stock(vendor, "RJ-A")).as("the rejected line's 2 units back").isEqualTo(5);
        assertThat(stock(vendor, "RJ-B")).isEqualTo(4);
        Waits.until(
                "the distributor's linked product to follow the released stock",
                () -> stock(shop, skus.get("RJ-A")),
                q -> q == 5,
                Duration.ofSeconds(20));
        JsonObject seen = get(shop, order);
        assertThat(seen.getString("status")).isEqualTo("PARTIALLY_REJECTED");
        assertThat(line(seen, 1).getString("state")).isEqualTo("REJECTED");
        assertThat(line(seen, 1).getJsonObject("rejection")).isEqualTo(rejection);
        assertThat(line(seen, 2).getString("state")).isEqualTo("OPEN");
        assertThat(vendor.api().post(linePath(vendorOrder, 1, "accept"), "").status())
                .as("accepting a rejected line")
                .isEqualTo(409);
        assertThat(vendor.api()
                        .post(linePath(vendorOrder, 1, "reject"), "{\"reason\":\"DISCONTINUED\"}")
                        .status())
                .as("rejecting it again")
                .isEqualTo(409);
        assertThat(stock(vendor, "RJ-A")).as("nothing released twice").isEqualTo(5);

        var last = vendor.api().post(linePath(vendorOrder, 2, "reject"), "{\"reason\":\"DISCONTINUED\"}");

        assertThat(last.status()).as(last.toString()).isEqualTo(200);
        assertThat(last.json().getString("status"))
                .as("every line gone: the vendor order")
                .isEqualTo("CANCELLED");
        assertThat(stock(vendor, "RJ-B")).isEqualTo(5);
        JsonObject after = get(shop, order);
        assertThat(after.getString("status")).isEqualTo("REJECTED");
        assertThat(line(after, 2).getJsonObject("rejection").getString("reason"))
                .isEqualTo("DISCONTINUED");
        assertThat(after.getJsonArray("dropship").getJsonObject(0).getString("status"))
                .isEqualTo("CANCELLED");
        assertThat(activity(vendor)).anyMatch(m -> m.contains("rejected") && m.contains("the last one broke"));
        assertThat(activity(shop)).anyMatch(m -> m.contains(vendor.publicId()) && m.contains("DISCONTINUED"));
    }

    @Test
    void aBackorderedLineRejectedGivesBackNothingItNeverTook() throws Exception {
        var vendor = Network.vendor("Backorder Gems", "NEW", Map.of("BO-A", 1));
        var shop = Network.distributor("Backorder Boutique");
        var skus = Network.link(vendor, shop);
        JsonObject order = place(shop, lines(skus.get("BO-A"), 3));
        JsonObject vendorOrder = dropshipOrderOf(vendor, order);
        assertThat(line(vendorOrder, 1).getBoolean("backordered")).isTrue();

        var rejected = vendor.api().post(linePath(vendorOrder, 1, "reject"), "{\"reason\":\"BACKORDER_TOO_LONG\"}");

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(stock(vendor, "BO-A")).isEqualTo(1);
        assertThat(get(shop, order).getString("status")).isEqualTo("REJECTED");
    }

    @Test
    void anAcceptedLineMayBeRejectedUntilItShipsAndAShipmentShipsOnlyLiveLines() throws Exception {
        var vendor = Network.vendor("Accept Gems", "AWAITING_SHIPMENT", Map.of("AC-A", 5, "AC-B", 5));
        var shop = Network.distributor("Accept Boutique");
        var skus = Network.link(vendor, shop);
        JsonObject order = place(shop, lines(skus.get("AC-A"), 1, skus.get("AC-B"), 1));
        JsonObject vendorOrder = dropshipOrderOf(vendor, order);

        var accepted = vendor.api().post(linePath(vendorOrder, 1, "accept"), "");
        var again = vendor.api().post(linePath(vendorOrder, 1, "accept"), "");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(line(accepted.json(), 1).getString("state")).isEqualTo("ACCEPTED");
        assertThat(again.status()).as("the same answer again").isEqualTo(200);
        assertThat(line(get(shop, order), 1).getString("state")).isEqualTo("ACCEPTED");
        assertThat(get(shop, order).getString("status")).isEqualTo("NEW");

        var rejected = vendor.api()
                .post(linePath(vendorOrder, 1, "reject"), "{\"reason\":\"PRICE_CHANGED\",\"note\":\"gold went up\"}");
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(stock(vendor, "AC-A")).isEqualTo(5);

        var shipped = ship(vendor, vendorOrder, "ACC-1");

        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(201);
        JsonObject vendorAfter = get(vendor, vendorOrder);
        assertThat(line(vendorAfter, 1).getString("state")).isEqualTo("REJECTED");
        assertThat(line(vendorAfter, 2).getString("state")).isEqualTo("SHIPPED");
        JsonObject shopAfter = get(shop, order);
        assertThat(line(shopAfter, 1).getString("state")).isEqualTo("REJECTED");
        assertThat(line(shopAfter, 2).getString("state")).isEqualTo("SHIPPED");
        assertThat(shopAfter.getString("status")).isEqualTo("SHIPPED");
        assertThat(vendor.api()
                        .post(linePath(vendorOrder, 2, "reject"), "{\"reason\":\"DISCONTINUED\"}")
                        .status())
                .as("rejecting a shipped line")
                .isEqualTo(409);
        assertThat(vendor.api().post(linePath(vendorOrder, 2, "accept"), "").status())
                .as("accepting a shipped line")
                .isEqualTo(409);
        assertThat(stock(vendor, "AC-B")).isEqualTo(4);
    }

    @Test
    void theDistributorCancelsAnUnshippedPartAndTheVendorSeesWhy() throws Exception {
        var vendor = Network.vendor("Cancel Gems", "PROCESSING", Map.of("CN-A", 5, "CN-B", 5));
        var shop = Network.distributor("Cancel Boutique");
        var skus = Network.link(vendor, shop);
        JsonObject order = place(shop, lines(skus.get("CN-A"), 2, skus.get("CN-B"), 1));
        JsonObject vendorOrder = dropshipOrderOf(vendor, order);
        String body = "{\"reason\":\"CUSTOMER_REQUEST\",\"note\":\"changed their mind\"}";

        var cancelled = shop.api().post(orderPath(order) + "/cancel", body);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.json().getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("state"))
                .containsExactly("CANCELLED", "CANCELLED");
        assertThat(stock(vendor, "CN-A")).isEqualTo(5);
        assertThat(stock(vendor, "CN-B")).isEqualTo(5);
        JsonObject seen = get(vendor, vendorOrder);
        assertThat(seen.getString("status")).isEqualTo("CANCELLED");
        assertThat(seen.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("state"))
                .containsExactly("CANCELLED", "CANCELLED");
        JsonObject cancellation = seen.getJsonObject("cancellation");
        assertThat(cancellation.getString("by")).isEqualTo(shop.publicId());
        assertThat(cancellation.getString("reason")).isEqualTo("CUSTOMER_REQUEST");
        assertThat(cancellation.getString("note")).isEqualTo("changed their mind");
        assertThat(activity(vendor)).anyMatch(m -> m.contains(shop.publicId()) && m.contains("changed their mind"));

        var again = shop.api().post(orderPath(order) + "/cancel", body);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(stock(vendor, "CN-A")).as("released once, not twice").isEqualTo(5);

        var single = ship(vendor, vendorOrder, "CANCELLED-1");
        assertThat(single.status()).as(single.toString()).isEqualTo(409);
        assertThat(single.json().getString("detail")).contains("cancelled");
        var bulk = vendor.api()
                .post(
                        "/api/v1/shipments/bulk",
                        "[{\"orderNumber\":\"%s\",\"carrier\":\"OTHER\",\"trackingNumber\":\"CANCELLED-2\","
                                        .formatted(vendorOrder.getString("number"))
                                + "\"sendDate\":\"" + TODAY + "\"}]");
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        assertThat(bulk.json().getInt("applied")).isZero();
        JsonObject row = bulk.json().getJsonArray("rejected").getJsonObject(0);
        assertThat(row.getInt("row")).isEqualTo(1);
        assertThat(row.getString("field")).isEqualTo("orderNumber");
        assertThat(row.getString("message")).contains(vendorOrder.getString("number"), "cancelled");
        assertThat(ship(shop, order, "CANCELLED-3").status())
                .as("on the distributor's cancelled order")
                .isEqualTo(409);
        assertThat(vendor.api().get(orderPath(vendorOrder) + "/shipments").jsonArray())
                .isEmpty();
    }

    @Test
    void cancellingAShippedPartAnswersTheShipmentAndAppliesNothing() throws Exception {
        var first = Network.vendor("Shipped Gems", "PROCESSING", Map.of("SH-A", 5));
        var second = Network.vendor("Waiting Gems", "PROCESSING", Map.of("WT-B", 5));
        var shop = Network.distributor("Shipped Boutique");
        String a = Network.link(first, shop).get("SH-A");
        String b = Network.link(second, shop).get("WT-B");
        JsonObject order = place(shop, lines(a, 1, b, 1));
        JsonObject firstOrder = dropshipOrderOf(first, order);
        JsonObject secondOrder = dropshipOrderOf(second, order);
        assertThat(ship(first, firstOrder, "PARCEL-SHIPPED").status()).isEqualTo(201);

        var refused = shop.api()
                .post(orderPath(order) + "/cancel", "{\"reason\":\"CUSTOMER_REQUEST\",\"note\":\"too late?\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("lines").getInt(0)).isEqualTo(1);
        assertThat(refused.json().getJsonArray("shipments").getJsonObject(0).getString("trackingNumber"))
                .isEqualTo("PARCEL-SHIPPED");
        JsonObject untouched = get(second, secondOrder);
        assertThat(untouched.getString("status")).isEqualTo("PROCESSING");
        assertThat(line(untouched, 1).getString("state")).isEqualTo("OPEN");
        assertThat(untouched.isNull("cancellation")).isTrue();
        assertThat(stock(second, "WT-B")).as("nothing released").isEqualTo(4);
        JsonObject shopSeen = get(shop, order);
        assertThat(shopSeen.getString("status")).isEqualTo("PARTIALLY_SHIPPED");
        assertThat(line(shopSeen, 2).getString("state")).isEqualTo("OPEN");

        var partial = shop.api().post(orderPath(order) + "/cancel", "{\"reason\":\"CUSTOMER_REQUEST\",\"lines\":[2]}");

        assertThat(partial.status()).as(partial.toString()).isEqualTo(200);
        assertThat(line(partial.json(), 1).getString("state")).isEqualTo("SHIPPED");
        assertThat(line(partial.json(), 2).getString("state")).isEqualTo("CANCELLED");
        assertThat(partial.json().getString("status"))
                .as("every part left has shipped")
                .isEqualTo("SHIPPED");
        assertThat(get(second, secondOrder).getString("status")).isEqualTo("CANCELLED");
        assertThat(stock(second, "WT-B")).isEqualTo(5);
        assertThat(get(first, firstOrder).getString("status")).isEqualTo("SHIPPED");
    }

    @Test
    void aVendorCancelsItsDropshipOrderLineByLineAsRejections() throws Exception {
        var vendor = Network.vendor("Vendor Cancel Gems", "NEW", Map.of("VC-A", 5, "VC-B", 5));
        var shop = Network.distributor("Vendor Cancel Boutique");
        var skus = Network.link(vendor, shop);
        JsonObject order = place(shop, lines(skus.get("VC-A"), 1, skus.get("VC-B"), 2));
        JsonObject vendorOrder = dropshipOrderOf(vendor, order);
        var byCustomer = vendor.api().post(orderPath(vendorOrder) + "/cancel", "{\"reason\":\"CUSTOMER_REQUEST\"}");
        assertThat(byCustomer.status()).as("not a vendor's reason").isEqualTo(422);
        assertThat(byCustomer.errorFields()).containsExactly("reason");

        var one = vendor.api()
                .post(orderPath(vendorOrder) + "/cancel", "{\"reason\":\"CANNOT_SHIP_TO_ADDRESS\",\"lines\":[2]}");

        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(line(one.json(), 2).getString("state")).isEqualTo("REJECTED");
        assertThat(line(one.json(), 1).getString("state")).isEqualTo("OPEN");
        assertThat(stock(vendor, "VC-B")).isEqualTo(5);
        assertThat(get(shop, order).getString("status")).isEqualTo("PARTIALLY_REJECTED");

        var all = vendor.api()
                .post(orderPath(vendorOrder) + "/cancel", "{\"reason\":\"OTHER\",\"note\":\"closing the workshop\"}");

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(all.json().getJsonObject("cancellation").getString("by")).isEqualTo(vendor.publicId());
        assertThat(line(all.json(), 1).getJsonObject("rejection").getString("note"))
                .isEqualTo("closing the workshop");
        assertThat(line(all.json(), 2).getJsonObject("rejection").getString("reason"))
                .as("a line rejected before keeps its own reason")
                .isEqualTo("CANNOT_SHIP_TO_ADDRESS");
        assertThat(stock(vendor, "VC-A")).isEqualTo(5);
        assertThat(stock(vendor, "VC-B")).as("released once").isEqualTo(5);
        JsonObject seen = get(shop, order);
        assertThat(seen.getString("status")).isEqualTo("REJECTED");
        assertThat(seen.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("state"))
                .containsExactly("REJECTED", "REJECTED");
        assertThat(seen.getJsonObject("cancellation").getString("reason")).isEqualTo("OTHER");
        assertThat(ship(vendor, vendorOrder, "REJECTED-1").status()).isEqualTo(409);
    }

    @Test
    void anOrderOfOwnProductsIsSimplyCancelledByItsOwner() {
        var shop = Api.signup("Own Goods");
        shop.api()
                .post(
                        "/api/v1/products",
                        "[{\"sku\":\"OWN-1\",\"title\":\"Own ring\",\"price\":49,\"currency\":\"USD\",\"quantity\":3},"
                                + "{\"sku\":\"OWN-2\",\"title\":\"Own chain\",\"price\":29,\"currency\":\"USD\","
                                + "\"quantity\":3}]");
        JsonObject order = place(shop, lines("OWN-1", 1, "OWN-2", 1));

        var one = shop.api().post(orderPath(order) + "/cancel", "{\"reason\":\"CUSTOMER_REQUEST\",\"lines\":[1]}");
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().getString("status")).isEqualTo("NEW");
        assertThat(ship(shop, order, "OWN-PARCEL").status())
                .as("line 2 still ships")
                .isEqualTo(201);
        assertThat(line(get(shop, order), 2).getString("state")).isEqualTo("SHIPPED");
        assertThat(shop.api()
                        .post(orderPath(order) + "/cancel", "{\"reason\":\"CUSTOMER_REQUEST\"}")
                        .status())
                .as("line 2 has shipped")
                .isEqualTo(409);

        JsonObject other = place(shop, lines("OWN-1", 1));
        var whole = shop.api().post(orderPath(other) + "/cancel", "{\"reason\":\"CUSTOMER_REQUEST\"}");
        assertThat(whole.status()).as(whole.toString()).isEqualTo(200);
        assertThat(whole.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(whole.json().getJsonObject("cancellation").getString("by")).isEqualTo(shop.publicId());
        assertThat(ship(shop, other, "OWN-PARCEL-2").status()).isEqualTo(409);
    }

    @Test
    void onlyTheOrdersVendorAnswersItsLinesAndOthersSeeNothing() throws Exception {
        var vendor = Network.vendor("Guarded Gems", "NEW", Map.of("GD-A", 5));
        var shop = Network.distributor("Guarded Boutique");
        var stranger = Api.signup("Stranger");
        var skus = Network.link(vendor, shop);
        JsonObject order = place(shop, lines(skus.get("GD-A"), 1));
        JsonObject vendorOrder = dropshipOrderOf(vendor, order);
        String reject = "{\"reason\":\"OUT_OF_STOCK\"}";

        var own = shop.api().post(linePath(order, 1, "reject"), reject);
        assertThat(own.status())
                .as("the distributor rejecting a line of its own order")
                .isEqualTo(409);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(shop.api().post(linePath(order, 1, "accept"), "").status()).isEqualTo(409);
        assertThat(shop.api().post(linePath(vendorOrder, 1, "reject"), reject).status())
                .as("the distributor on the vendor's order")
                .isEqualTo(404);
        assertThat(line(get(vendor, vendorOrder), 1).getString("state"))
                .as("nothing done behind the 404")
                .isEqualTo("OPEN");
        for (JsonObject o : List.of(order, vendorOrder)) {
            assertThat(stranger.api().post(linePath(o, 1, "reject"), reject).status())
                    .isEqualTo(404);
            assertThat(stranger.api().post(linePath(o, 1, "accept"), "").status())
                    .isEqualTo(404);
            assertThat(stranger.api()
                            .post(orderPath(o) + "/cancel", "{\"reason\":\"OTHER\",\"note\":\"x\"}")
                            .status())
                    .isEqualTo(404);
        }
        assertThat(vendor.api().post(linePath(vendorOrder, 9, "accept"), "").status())
                .as("no such line")
                .isEqualTo(404);

        var unknownReason = vendor.api().post(linePath(vendorOrder, 1, "reject"), "{\"reason\":\"BROKEN\"}");
        assertThat(unknownReason.status()).isEqualTo(400);
        assertThat(unknownReason.errorFields()).containsExactly("reason");
        var noReason = vendor.api().post(linePath(vendorOrder, 1, "reject"), "{\"note\":\"why not\"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.errorFields()).containsExactly("reason");
        var noNote = vendor.api().post(linePath(vendorOrder, 1, "reject"), "{\"reason\":\"OTHER\",\"note\":\"  \"}");
        assertThat(noNote.status()).isEqualTo(422);
        assertThat(noNote.errorFields()).containsExactly("note");
        var longNote = vendor.api()
                .post(
                        linePath(vendorOrder, 1, "reject"),
                        "{\"reason\":\"OTHER\",\"note\":\"" + "n".repeat(501) + "\"}");
        assertThat(longNote.status()).isEqualTo(422);
        assertThat(longNote.errorFields()).containsExactly("note");
        var noLine = shop.api().post(orderPath(order) + "/cancel", "{\"reason\":\"CUSTOMER_REQUEST\",\"lines\":[1,7]}");
        assertThat(noLine.status()).isEqualTo(422);
        assertThat(noLine.errorFields()).containsExactly("lines[1]");

        assertThat(line(get(vendor, vendorOrder), 1).getString("state")).isEqualTo("OPEN");
        assertThat(line(get(shop, order), 1).getString("state")).isEqualTo("OPEN");
        assertThat(stock(vendor, "GD-A"))
                .as("nothing released by the refused requests")
                .isEqualTo(4);
    }

    @Test
    void aCancelRacingAShipmentNeverLeavesAShippedCancelledLine() throws Exception {
        var vendor = Network.vendor("Race Gems", "PROCESSING", Map.of("RC-A", 50));
        var shop = Network.distributor("Race Boutique");
        String sku = Network.link(vendor, shop).get("RC-A");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                JsonObject order = place(shop, lines(sku, 1));
                JsonObject vendorOrder = dropshipOrderOf(vendor, order);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Api.Response> shipment = pool.submit((Callable<Api.Response>) () -> {
                    together.await();
                    return ship(vendor, vendorOrder, "RACE-" + UUID.randomUUID());
                });
                Future<Api.Response> cancel = pool.submit((Callable<Api.Response>) () -> {
                    together.await();
                    return shop.api().post(orderPath(order) + "/cancel", "{\"reason\":\"CUSTOMER_REQUEST\"}");
                });
                int shipped = shipment.get().status();
                int cancelled = cancel.get().status();

                JsonObject vendorLine = line(get(vendor, vendorOrder), 1);
                JsonObject shopLine = line(get(shop, order), 1);
                String outcome = "round " + round + ": shipment " + shipped + ", cancel " + cancelled;
                if (shipped == 201) {
                    assertThat(cancelled).as(outcome).isEqualTo(409);
                    assertThat(vendorLine.getString("state")).as(outcome).isEqualTo("SHIPPED");
                    assertThat(shopLine.getString("state")).as(outcome).isEqualTo("SHIPPED");
                } else {
                    assertThat(shipped).as(outcome).isEqualTo(409);
                    assertThat(cancelled).as(outcome).isEqualTo(200);
                    assertThat(vendorLine.getString("state")).as(outcome).isEqualTo("CANCELLED");
                    assertThat(shopLine.getString("state")).as(outcome).isEqualTo("CANCELLED");
                    assertThat(vendor.api()
                                    .get(orderPath(vendorOrder) + "/shipments")
                                    .jsonArray())
                            .as(outcome)
                            .isEmpty();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- helpers

    /** Lines in the given order: sku, quantity, sku, quantity ... */
    static Map<String, Integer> lines(Object... skuThenQuantity) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < skuThenQuantity.length; i += 2) {
            lines.put((String) skuThenQuantity[i], (Integer) skuThenQuantity[i + 1]);
        }
        return lines;
    }

    static JsonObject place(Api.Account shop, Map<String, Integer> lines) {
        var placed = shop.api().post("/api/v1/orders", DropshipMirroringIT.order("life-" + UUID.randomUUID(), lines));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json();
    }

    /** The vendor's dropship order made from this distributor order (mirrored at once). */
    static JsonObject dropshipOrderOf(Api.Account vendor, JsonObject order) {
        return Waits.until(
                        "the dropship order of " + order.getString("number"),
                        () -> vendor
                                .api()
                                .get("/api/v1/orders?channel=DROPSHIPPING&size=500")
                                .json()
                                .getJsonArray("items")
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(o -> o.getString("sourceOrderNumber").equals(order.getString("number")))
                                .findFirst(),
                        java.util.Optional::isPresent,
                        Duration.ofSeconds(20))
                .orElseThrow();
    }

    static JsonObject get(Api.Account account, JsonObject order) {
        var r = account.api().get(orderPath(order));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static JsonObject line(JsonObject order, int lineNo) {
        return order.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getInt("lineNo") == lineNo)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + lineNo + " in " + order));
    }

    static String orderPath(JsonObject order) {
        return "/api/v1/orders/" + order.getJsonNumber("id").longValue();
    }

    static String linePath(JsonObject order, int lineNo, String answer) {
        return orderPath(order) + "/lines/" + lineNo + "/" + answer;
    }

    static Api.Response ship(Api.Account account, JsonObject order, String number) {
        return account.api()
                .post(
                        orderPath(order) + "/shipments",
                        "{\"carrier\":\"OTHER\",\"trackingNumber\":\"" + number + "\",\"sendDate\":\"" + TODAY + "\"}");
    }

    static int stock(Api.Account account, String sku) {
        return account.api().get("/api/v1/products/" + sku).json().getInt("quantity");
    }

    static List<String> activity(Api.Account account) {
        List<String> messages = new ArrayList<>();
        account.api()
                .get("/api/v1/account/activity?size=100")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .forEach(e -> messages.add(e.getString("message")));
        return messages;
    }
}
