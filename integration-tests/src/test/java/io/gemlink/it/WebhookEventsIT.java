package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbound webhook with events (issue #17): subscribed on {@code /settings/webhook}, a vendor hears of each
 * dropship order mirrored to it, once, signed over {@code "<timestamp>.<body>"}; an event not subscribed is not
 * sent; the tracking route is the same webhook seen with {@code shipment.added}; a bad events list is refused.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookEventsIT {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aSubscribedVendorHearsOfEachMirroredOrderOnceSignedWithItsTimestamp() throws Exception {
        var vendor = Network.vendor("Evented Gems", "PROCESSING", Map.of("TR-1", 50, "TR-2", 50));
        var shop = Network.distributor("Evented Boutique");
        var skus = Network.link(vendor, shop);
        String secret = "whsec-" + UUID.randomUUID();
        try (WebhookReceiver receiver = new WebhookReceiver(200)) {
            var set = vendor.api()
                    .put("/api/v1/settings/webhook", webhook(receiver.url(), secret, "dropship_order.created"));
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(strings(set.json(), "events")).containsExactly("dropship_order.created");
            assertThat(set.json().getBoolean("secretSet")).isTrue();
            assertThat(set.body()).doesNotContain(secret);
            assertThat(strings(vendor.api().get("/api/v1/settings/webhook").json(), "events"))
                    .containsExactly("dropship_order.created");
            // not subscribed to shipment.added: no tracking webhook
            assertThat(vendor.api().get("/api/v1/settings/tracking-webhook").status())
                    .isEqualTo(404);

            TrackingIT.Dropship first = TrackingIT.place(vendor, shop, skus, Map.of(skus.get("TR-1"), 2));
            TrackingIT.Dropship second = TrackingIT.place(vendor, shop, skus, Map.of(skus.get("TR-2"), 1));

            JsonObject log = Waits.until(
                    "both notices delivered",
                    () -> vendor.api()
                            .get("/api/v1/settings/webhook/deliveries")
                            .json(),
                    page -> page.getInt("total") == 2
                            && page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                                    .allMatch(d -> d.getString("state").equals("DELIVERED")),
                    Duration.ofSeconds(60));
            assertThat(log.getJsonArray("items").getValuesAs(JsonObject.class))
                    .allSatisfy(d -> {
                        assertThat(d.getString("event")).isEqualTo("dropship_order.created");
                        assertThat(d.isNull("shipmentId")).isTrue();
                    })
                    .extracting(d -> d.getString("orderNumber"))
                    .containsExactlyInAnyOrder(first.vendorOrderNumber(), second.vendorOrderNumber());

            List<WebhookReceiver.Call> calls = receiver.calls();
            assertThat(calls).hasSize(2); // once per mirrored order
            for (WebhookReceiver.Call call : calls) {
                assertThat(call.header("X-Gemlink-Event")).isEqualTo("dropship_order.created");
                assertThat(call.header("X-Gemlink-Delivery")).isNotBlank();
                String timestamp = call.header("X-Gemlink-Timestamp");
                long now = Instant.now().getEpochSecond();
                assertThat(Long.parseLong(timestamp)).isBetween(now - 300, now); // fresh: a receiver's replay check
                assertThat(call.header("X-Gemlink-Signature"))
                        .isEqualTo("sha256="
                                + TrackingIT.hmac(
                                        secret, (timestamp + ".").getBytes(StandardCharsets.UTF_8), call.body()));
            }
            for (TrackingIT.Dropship d : List.of(first, second)) {
                JsonObject notice = calls.stream()
                        .map(c -> json(c.body()))
                        .filter(n ->
                                n.getJsonObject("order").getString("number").equals(d.vendorOrderNumber()))
                        .findFirst()
                        .orElseThrow();
                assertThat(notice.getString("event")).isEqualTo("dropship_order.created");
                assertThat(notice.getString("account")).isEqualTo(vendor.publicId());
                JsonObject order = notice.getJsonObject("order");
                assertThat(order.getJsonNumber("id").longValue()).isEqualTo(d.vendorOrderId());
                assertThat(order.getString("channel")).isEqualTo("DROPSHIPPING");
                assertThat(order.getString("sourceAccountPublicId")).isEqualTo(shop.publicId());
                assertThat(order.getString("sourceOrderNumber")).isEqualTo(d.shopOrderNumber());
                assertThat(order.getString("status")).isEqualTo("PROCESSING");
                assertThat(Instant.parse(order.getString("createdAt"))).isBefore(Instant.now());
                JsonObject stored =
                        vendor.api().get("/api/v1/orders/" + d.vendorOrderId()).json();
                List<JsonObject> lines = order.getJsonArray("lines").getValuesAs(JsonObject.class);
                List<JsonObject> storedLines = stored.getJsonArray("lines").getValuesAs(JsonObject.class);
                assertThat(lines).hasSameSizeAs(storedLines).hasSize(1);
                assertThat(lines.get(0).getInt("lineNo")).isEqualTo(1);
                assertThat(lines.get(0).getString("sku"))
                        .isEqualTo(storedLines.get(0).getString("sku"));
                assertThat(lines.get(0).getInt("quantity"))
                        .isEqualTo(storedLines.get(0).getInt("quantity"));
                assertThat(lines.get(0).getJsonNumber("unitPrice").bigDecimalValue())
                        .isEqualByComparingTo(
                                storedLines.get(0).getJsonNumber("unitPrice").bigDecimalValue());
            }
        }
        // the distributor has no webhook: nothing owed to it
        assertThat(shop.api().get("/api/v1/settings/webhook/deliveries").json().getInt("total"))
                .isZero();
    }

    @Test
    void anEventNotSubscribedIsNotSent() throws Exception {
        var vendor = Network.vendor("Unsubscribed Gems", "PROCESSING", Map.of("TR-1", 50, "TR-2", 50));
        var shop = Network.distributor("Unsubscribed Boutique");
        var skus = Network.link(vendor, shop);
        try (WebhookReceiver receiver = new WebhookReceiver(200)) {
            // shipment.added only: a dropship order mirrored to it is not announced
            assertThat(vendor.api()
                            .put(
                                    "/api/v1/settings/webhook",
                                    webhook(receiver.url(), "whsec-0123456789abcdef", "shipment.added"))
                            .status())
                    .isEqualTo(200);
            TrackingIT.Dropship d = TrackingIT.place(vendor, shop, skus, Map.of(skus.get("TR-1"), 1));
            var added = vendor.api()
                    .post(
                            "/api/v1/orders/" + d.vendorOrderId() + "/shipments",
                            TrackingIT.shipment("ROYAL_MAIL", "RB123456785GB", TODAY, null));
            assertThat(added.status()).isEqualTo(201);
            // the shipment's notice comes after the order's creation committed: had that been owed, it would be
            Waits.until("the shipment's notice", receiver::calls, calls -> !calls.isEmpty(), Duration.ofSeconds(60));
            assertThat(vendor.api()
                            .get("/api/v1/settings/webhook/deliveries")
                            .json()
                            .getJsonArray("items")
                            .getValuesAs(JsonObject.class))
                    .extracting(x -> x.getString("event"))
                    .containsExactly("shipment.added");
            assertThat(receiver.calls())
                    .extracting(c -> c.header("X-Gemlink-Event"))
                    .containsExactly("shipment.added");
        }
    }

    @Test
    void theDistributorHearsOfARejectedLineAndBothSidesOfACancel() throws Exception {
        var vendor = Network.vendor("Lifecycle Hook Gems", "PROCESSING", Map.of("TR-1", 50, "TR-2", 50));
        var shop = Network.distributor("Lifecycle Hook Boutique");
        var skus = Network.link(vendor, shop);
        String secret = "whsec-" + UUID.randomUUID();
        try (WebhookReceiver shopHook = new WebhookReceiver(200);
                WebhookReceiver vendorHook = new WebhookReceiver(200)) {
            assertThat(shop.api()
                            .put(
                                    "/api/v1/settings/webhook",
                                    webhook(shopHook.url(), secret, "order.line_rejected", "order.cancelled"))
                            .status())
                    .isEqualTo(200);
            assertThat(vendor.api()
                            .put("/api/v1/settings/webhook", webhook(vendorHook.url(), secret, "order.cancelled"))
                            .status())
                    .isEqualTo(200);
            TrackingIT.Dropship d = TrackingIT.place(
                    vendor, shop, skus, new java.util.TreeMap<>(Map.of(skus.get("TR-1"), 1, skus.get("TR-2"), 1)));
            String vendorOrder = "/api/v1/orders/" + d.vendorOrderId();
            var rejected = vendor.api().post(vendorOrder + "/lines/1/reject", "{\"reason\":\"DISCONTINUED\"}");
            assertThat(rejected.status()).as(rejected.body()).isBetween(200, 204);
            var cancelled = shop.api()
                    .post("/api/v1/orders/" + d.shopOrderId() + "/cancel", "{\"reason\":\"CUSTOMER_REQUEST\"}");
            assertThat(cancelled.status()).as(cancelled.body()).isBetween(200, 204);

            Waits.until("the shop's two notices", shopHook::calls, c -> c.size() >= 2, Duration.ofSeconds(60));
            Waits.until("the vendor's notice", vendorHook::calls, c -> !c.isEmpty(), Duration.ofSeconds(60));
            Map<String, JsonObject> shopNotices = new java.util.HashMap<>();
            for (WebhookReceiver.Call call : shopHook.calls()) {
                String timestamp = call.header("X-Gemlink-Timestamp");
                assertThat(call.header("X-Gemlink-Signature"))
                        .isEqualTo("sha256="
                                + TrackingIT.hmac(
                                        secret, (timestamp + ".").getBytes(StandardCharsets.UTF_8), call.body()));
                shopNotices.put(call.header("X-Gemlink-Event"), json(call.body()));
            }
            assertThat(shopNotices).containsOnlyKeys("order.line_rejected", "order.cancelled");
            JsonObject rejection = shopNotices.get("order.line_rejected");
            assertThat(rejection.getString("account")).isEqualTo(shop.publicId());
            assertThat(rejection.getJsonObject("order").getString("number")).isEqualTo(d.shopOrderNumber());
            assertThat(rejection.getJsonObject("line").getString("reason")).isEqualTo("DISCONTINUED");
            assertThat(rejection.getString("rejectedBy")).isEqualTo(vendor.publicId());
            JsonObject shopCancel = shopNotices.get("order.cancelled");
            assertThat(shopCancel.getJsonObject("order").getString("number")).isEqualTo(d.shopOrderNumber());
            assertThat(shopCancel.getString("cancelledBy")).isEqualTo(shop.publicId());
            assertThat(shopCancel.getString("reason")).isEqualTo("CUSTOMER_REQUEST");
            assertThat(vendorHook.calls()).hasSize(1);
            JsonObject vendorCancel = json(vendorHook.calls().get(0).body());
            assertThat(vendorCancel.getString("event")).isEqualTo("order.cancelled");
            assertThat(vendorCancel.getJsonObject("order").getString("number")).isEqualTo(d.vendorOrderNumber());
            assertThat(vendorCancel.getJsonArray("lineNos").getValuesAs(jakarta.json.JsonNumber.class))
                    .extracting(jakarta.json.JsonNumber::intValue)
                    .containsExactly(2); // line 1 was rejected before: only line 2 was open to cancel
        }
    }

    @Test
    void theTrackingRouteIsTheSameWebhookSeenWithShipmentAdded() {
        var account = Api.signup("Two Routes Shop");
        String url = "http://127.0.0.2:9/hooks/tracking";
        assertThat(account.api()
                        .put(
                                "/api/v1/settings/webhook",
                                webhook(url, "whsec-0123456789abcdef", "dropship_order.created"))
                        .status())
                .isEqualTo(200);
        // the tracking route adds shipment.added and leaves the other events; the secret left out stays
        var tracking = account.api().put("/api/v1/settings/tracking-webhook", "{\"url\":\"" + url + "\"}");
        assertThat(tracking.status()).as(tracking.body()).isEqualTo(200);
        assertThat(tracking.json().getBoolean("secretSet")).isTrue();
        assertThat(strings(account.api().get("/api/v1/settings/webhook").json(), "events"))
                .containsExactly("dropship_order.created", "shipment.added");
        assertThat(account.api().get("/api/v1/settings/tracking-webhook").status())
                .isEqualTo(200);
        // removing it there unsubscribes shipment.added only
        assertThat(account.api().delete("/api/v1/settings/tracking-webhook").status())
                .isEqualTo(204);
        assertThat(account.api().get("/api/v1/settings/tracking-webhook").status())
                .isEqualTo(404);
        assertThat(strings(account.api().get("/api/v1/settings/webhook").json(), "events"))
                .containsExactly("dropship_order.created");
        assertThat(account.api().delete("/api/v1/settings/webhook").status()).isEqualTo(204);
        assertThat(account.api().get("/api/v1/settings/webhook").status()).isEqualTo(404);
    }

    @Test
    void aBadEventsListIsRefusedNamingTheField() {
        var account = Api.signup("Bad Events Shop");
        String url = "http://127.0.0.2:9/hooks/tracking";
        var unknown = account.api()
                .put(
                        "/api/v1/settings/webhook",
                        webhook(url, "whsec-0123456789abcdef", "shipment.added", "order.shipped"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("events[1]");
        var none = account.api().put("/api/v1/settings/webhook", webhook(url, "whsec-0123456789abcdef"));
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.errorFields()).containsExactly("events");
        var missing = account.api()
                .put("/api/v1/settings/webhook", "{\"url\":\"" + url + "\",\"secret\":\"whsec-0123456789abcdef\"}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).containsExactly("events");
        var notAList = account.api()
                .put(
                        "/api/v1/settings/webhook",
                        "{\"url\":\"" + url
                                + "\",\"secret\":\"whsec-0123456789abcdef\",\"events\":\"shipment.added\"}");
        assertThat(notAList.status()).isEqualTo(400);
        assertThat(notAList.errorFields()).containsExactly("events");
        assertThat(account.api().get("/api/v1/settings/webhook").status()).isEqualTo(404); // nothing stored
    }

    static String webhook(String url, String secret, String... events) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String e : events) {
            list.add(e);
        }
        return Json.createObjectBuilder()
                .add("url", url)
                .add("secret", secret)
                .add("events", list)
                .build()
                .toString();
    }

    private static List<String> strings(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    static JsonObject json(byte[] body) {
        return new Api.Response(200, "application/json", new String(body, StandardCharsets.UTF_8)).json();
    }
}
