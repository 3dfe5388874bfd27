package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
 * Shipments can be corrected and voided (issue #17): the vendor's shipment and the distributor's copy change in one
 * go, each change kept in a history with who and when; a correction is checked as a new shipment is; only the
 * account whose order carries the shipment as its own may change it; voiding puts both orders and their lines back
 * when no shipment remains, and the parcel may be added again; both sides hear {@code shipment.updated} and
 * {@code shipment.voided}, signed, and a correction that changes nothing sends nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ShipmentCorrectionsIT {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final String UPS_A = "1Z999AA10123456784";
    private static final String UPS_B = "1Z999AA10987654328";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aCorrectionChangesTheVendorsShipmentAndTheDistributorsCopyAndKeepsTheOldValues() throws Exception {
        TrackingIT.Dropship d = TrackingIT.dropship("Fixed");
        long id = add(d, UPS_A);

        var fixed = patch(
                d.vendor(),
                d.vendorOrderId(),
                id,
                "{\"trackingNumber\":\"" + UPS_B + "\"," + "\"extendedField1\":\"box 2\"}");
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(fixed.json().getString("trackingNumber")).isEqualTo(UPS_B);
        assertThat(fixed.json().getString("extendedField1")).isEqualTo("box 2");
        assertThat(fixed.json().getString("carrier")).isEqualTo("UPS"); // not sent: kept

        JsonObject vendorShipment = only(shipments(d.vendor(), d.vendorOrderId()));
        assertThat(vendorShipment.getString("trackingNumber")).isEqualTo(UPS_B);
        JsonObject copy = only(shipments(d.shop(), d.shopOrderId()));
        assertThat(copy.getBoolean("copy")).isTrue();
        assertThat(copy.getString("trackingNumber")).isEqualTo(UPS_B);
        assertThat(copy.getString("extendedField1")).isEqualTo("box 2");
        assertThat(copy.getString("trackingUrl")).contains(UPS_B);
        assertThat(TrackingIT.order(d.shop(), d.shopOrderId())
                        .getJsonArray("shipments")
                        .getJsonObject(0)
                        .getString("trackingNumber"))
                .isEqualTo(UPS_B);

        // the history: old value, new value, who and when, on both sides
        Instant after = Instant.now();
        for (var side : List.of(
                history(d.vendor(), d.vendorOrderId(), id),
                history(d.shop(), d.shopOrderId(), copy.getJsonNumber("id").longValue()))) {
            assertThat(side).hasSize(2);
            JsonObject number = side.stream()
                    .filter(c -> c.getString("field").equals("trackingNumber"))
                    .findFirst()
                    .orElseThrow();
            assertThat(number.getString("oldValue")).isEqualTo(UPS_A);
            assertThat(number.getString("newValue")).isEqualTo(UPS_B);
            assertThat(number.getString("changedBy")).startsWith("API key '");
            assertThat(Instant.parse(number.getString("at"))).isBefore(after).isAfter(after.minusSeconds(120));
            JsonObject extended = side.stream()
                    .filter(c -> c.getString("field").equals("extendedField1"))
                    .findFirst()
                    .orElseThrow();
            assertThat(extended.isNull("oldValue")).isTrue();
            assertThat(extended.getString("newValue")).isEqualTo("box 2");
        }
        assertThat(OrderLifecycleIT.activity(d.vendor())).anyMatch(m -> m.contains("corrected") && m.contains(UPS_B));
        assertThat(OrderLifecycleIT.activity(d.shop()))
                .anyMatch(m -> m.contains(d.vendor().publicId()) && m.contains("corrected"));

        // the same values again: nothing changes, nothing is added to the history
        var same = patch(d.vendor(), d.vendorOrderId(), id, "{\"trackingNumber\":\"" + UPS_B.toLowerCase() + "\"}");
        assertThat(same.status()).as(same.body()).isEqualTo(200);
        assertThat(history(d.vendor(), d.vendorOrderId(), id)).hasSize(2);
    }

    @Test
    void aCorrectionIsCheckedAsANewShipmentIsAndNothingOfARefusedOneIsApplied() throws Exception {
        TrackingIT.Dropship d = TrackingIT.dropship("Checked");
        long id = add(d, UPS_A);
        Map<String, String> broken = Map.of(
                "trackingNumber",
                "{\"trackingNumber\":\"1Z999AA10123456785\",\"extendedField1\":\"x\"}",
                "sendDate",
                "{\"sendDate\":\"2026-02-30\",\"trackingNumber\":\"" + UPS_B + "\"}",
                "carrier",
                "{\"carrier\":\"PONY\"}",
                "trackingNo",
                "{\"trackingNo\":\"" + UPS_B + "\"}");
        broken.forEach((field, body) -> {
            var r = patch(d.vendor(), d.vendorOrderId(), id, body);
            assertThat(r.status()).as(field + ": " + r.body()).isEqualTo(422);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.errorFields()).as(field).containsExactly(field);
        });
        var required = patch(d.vendor(), d.vendorOrderId(), id, "{\"carrier\":null}");
        assertThat(required.status()).isEqualTo(422);
        assertThat(required.errorFields()).containsExactly("carrier");

        JsonObject copy = only(shipments(d.shop(), d.shopOrderId()));
        for (JsonObject s : List.of(only(shipments(d.vendor(), d.vendorOrderId())), copy)) {
            assertThat(s.getString("trackingNumber")).isEqualTo(UPS_A);
            assertThat(s.isNull("extendedField1")).isTrue();
        }
        assertThat(history(d.vendor(), d.vendorOrderId(), id)).isEmpty();
    }

    @Test
    void onlyTheAccountWhoseOrderCarriesTheShipmentMayChangeIt() throws Exception {
        TrackingIT.Dropship d = TrackingIT.dropship("Guarded");
        long id = add(d, UPS_A);
        long copyId =
                only(shipments(d.shop(), d.shopOrderId())).getJsonNumber("id").longValue();
        Api.Account stranger = Network.distributor("Guarded Stranger");
        String body = "{\"trackingNumber\":\"" + UPS_B + "\"}";

        // another account's order or shipment: not found
        assertThat(patch(stranger, d.vendorOrderId(), id, body).status()).isEqualTo(404);
        assertThat(stranger.api().delete(path(d.vendorOrderId(), id)).status()).isEqualTo(404);
        assertThat(stranger.api().get(path(d.vendorOrderId(), id) + "/history").status())
                .isEqualTo(404);
        assertThat(patch(d.shop(), d.vendorOrderId(), id, body).status()).isEqualTo(404);
        assertThat(patch(d.vendor(), d.vendorOrderId(), copyId, body).status()).isEqualTo(404);

        // the distributor's copy follows the vendor's shipment and is read-only
        var onCopy = patch(d.shop(), d.shopOrderId(), copyId, body);
        assertThat(onCopy.status()).as(onCopy.body()).isEqualTo(409);
        assertThat(onCopy.contentType()).startsWith("application/problem+json");
        assertThat(onCopy.body()).contains("only the vendor");
        assertThat(d.shop().api().delete(path(d.shopOrderId(), copyId)).status())
                .isEqualTo(409);

        for (JsonObject s :
                List.of(only(shipments(d.vendor(), d.vendorOrderId())), only(shipments(d.shop(), d.shopOrderId())))) {
            assertThat(s.getString("trackingNumber")).isEqualTo(UPS_A);
        }
        assertThat(TrackingIT.order(d.shop(), d.shopOrderId()).getString("status"))
                .isEqualTo("SHIPPED");
    }

    @Test
    void voidingTheLastShipmentPutsBothOrdersAndTheirLinesBackAndTheParcelMayComeAgain() throws Exception {
        var vendor = Network.vendor("Voided Gems", "PROCESSING", Map.of("TR-1", 50, "TR-2", 50));
        var shop = Network.distributor("Voided Boutique");
        var skus = Network.link(vendor, shop);
        TrackingIT.Dropship d =
                TrackingIT.place(vendor, shop, skus, OrderLifecycleIT.lines(skus.get("TR-1"), 1, skus.get("TR-2"), 1));
        var accepted = vendor.api().post("/api/v1/orders/" + d.vendorOrderId() + "/lines/1/accept", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String vendorBefore = TrackingIT.order(vendor, d.vendorOrderId()).getString("status");
        String shopBefore = TrackingIT.order(shop, d.shopOrderId()).getString("status");
        assertThat(vendorBefore).isEqualTo("PROCESSING");
        assertThat(shopBefore).isNotIn("SHIPPED", "PARTIALLY_SHIPPED");

        long first = add(d, UPS_A);
        long second = add(d, "PARCEL-2", "OTHER");
        assertThat(states(vendor, d.vendorOrderId())).containsOnly("SHIPPED");
        assertThat(states(shop, d.shopOrderId())).containsOnly("SHIPPED");

        // one of two shipments voided: the other still carries the order
        assertThat(vendor.api().delete(path(d.vendorOrderId(), first)).status()).isEqualTo(204);
        assertThat(TrackingIT.order(vendor, d.vendorOrderId()).getString("status"))
                .isEqualTo("SHIPPED");
        assertThat(TrackingIT.order(shop, d.shopOrderId()).getString("status")).isEqualTo("SHIPPED");
        assertThat(states(shop, d.shopOrderId())).containsOnly("SHIPPED");
        assertThat(shipments(vendor, d.vendorOrderId())).hasSize(1);
        assertThat(shipments(shop, d.shopOrderId())).hasSize(1);

        // the last one voided: back to where they were before shipping, lines ACCEPTED if accepted, else OPEN
        assertThat(vendor.api().delete(path(d.vendorOrderId(), second)).status())
                .isEqualTo(204);
        JsonObject vendorOrder = TrackingIT.order(vendor, d.vendorOrderId());
        assertThat(vendorOrder.getString("status")).isEqualTo(vendorBefore);
        assertThat(vendorOrder.getJsonArray("shipments")).isEmpty();
        assertThat(OrderLifecycleIT.line(vendorOrder, 1).getString("state")).isEqualTo("ACCEPTED");
        assertThat(OrderLifecycleIT.line(vendorOrder, 2).getString("state")).isEqualTo("OPEN");
        JsonObject shopOrder = TrackingIT.order(shop, d.shopOrderId());
        assertThat(shopOrder.getString("status")).isEqualTo(shopBefore);
        assertThat(shopOrder.getJsonArray("shipments")).isEmpty();
        assertThat(states(shop, d.shopOrderId())).containsExactlyInAnyOrder("ACCEPTED", "OPEN");
        assertThat(shipments(vendor, d.vendorOrderId())).isEmpty();
        assertThat(shipments(shop, d.shopOrderId())).isEmpty();

        // kept, with its history; gone for changes
        var voided = history(vendor, d.vendorOrderId(), second);
        assertThat(voided).singleElement().satisfies(c -> {
            assertThat(c.getString("field")).isEqualTo("voided");
            assertThat(c.getString("oldValue")).isEqualTo("OTHER PARCEL-2");
            assertThat(c.getString("changedBy")).startsWith("API key '");
        });
        assertThat(Db.text(
                        "SELECT COUNT(*) FROM shipment WHERE source_shipment_id IN (?, ?) AND voided_at IS NOT NULL",
                        first,
                        second))
                .isEqualTo("2");
        assertThat(vendor.api().delete(path(d.vendorOrderId(), second)).status())
                .isEqualTo(404);
        assertThat(patch(vendor, d.vendorOrderId(), second, "{\"trackingNumber\":\"X\"}")
                        .status())
                .isEqualTo(404);

        // the order is open again: the same parcel may be added again
        add(d, UPS_A);
        assertThat(TrackingIT.order(vendor, d.vendorOrderId()).getString("status"))
                .isEqualTo("SHIPPED");
        assertThat(TrackingIT.order(shop, d.shopOrderId()).getString("status")).isEqualTo("SHIPPED");
        assertThat(states(shop, d.shopOrderId())).containsOnly("SHIPPED");
        assertThat(only(shipments(shop, d.shopOrderId())).getString("trackingNumber"))
                .isEqualTo(UPS_A);
    }

    @Test
    void bothSidesHearOfACorrectionAndAVoidingSignedAndNothingOfACorrectionThatChangesNothing() throws Exception {
        TrackingIT.Dropship d = TrackingIT.dropship("Heard");
        String secret = "whsec-" + UUID.randomUUID();
        try (WebhookReceiver vendorHook = new WebhookReceiver(200);
                WebhookReceiver shopHook = new WebhookReceiver(200)) {
            for (var side : Map.of(d.vendor(), vendorHook, d.shop(), shopHook).entrySet()) {
                var set = side.getKey()
                        .api()
                        .put(
                                "/api/v1/settings/webhook",
                                WebhookEventsIT.webhook(
                                        side.getValue().url(),
                                        secret,
                                        "shipment.added",
                                        "shipment.updated",
                                        "shipment.voided"));
                assertThat(set.status()).as(set.body()).isEqualTo(200);
            }
            long id = add(d, UPS_A);
            long copyId = only(shipments(d.shop(), d.shopOrderId()))
                    .getJsonNumber("id")
                    .longValue();
            var fixed = patch(d.vendor(), d.vendorOrderId(), id, "{\"trackingNumber\":\"" + UPS_B + "\"}");
            assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
            var same = patch(d.vendor(), d.vendorOrderId(), id, "{\"carrier\":\"UPS\",\"sendDate\":\"" + TODAY + "\"}");
            assertThat(same.status()).as(same.body()).isEqualTo(200);
            assertThat(d.vendor().api().delete(path(d.vendorOrderId(), id)).status())
                    .isEqualTo(204);

            for (var side : List.of(
                    new Side(d.vendor(), vendorHook, d.vendorOrderId(), id),
                    new Side(d.shop(), shopHook, d.shopOrderId(), copyId))) {
                Waits.until(
                        "three notices to " + side.account().publicId(),
                        () -> side.hook().calls().size(),
                        n -> n >= 3,
                        Duration.ofSeconds(60));
                Thread.sleep(1000); // a notice of the unchanged correction would come in the same way
                List<WebhookReceiver.Call> calls = side.hook().calls();
                assertThat(calls)
                        .extracting(c -> c.header("X-Gemlink-Event"))
                        .containsExactlyInAnyOrder("shipment.added", "shipment.updated", "shipment.voided");
                for (WebhookReceiver.Call call : calls) {
                    String timestamp = call.header("X-Gemlink-Timestamp");
                    assertThat(call.header("X-Gemlink-Signature"))
                            .isEqualTo("sha256="
                                    + TrackingIT.hmac(
                                            secret, (timestamp + ".").getBytes(StandardCharsets.UTF_8), call.body()));
                }
                JsonObject updated = notice(calls, "shipment.updated");
                assertThat(updated.getString("event")).isEqualTo("shipment.updated");
                assertThat(updated.getString("account"))
                        .isEqualTo(side.account().publicId());
                assertThat(updated.getJsonObject("order").getJsonNumber("id").longValue())
                        .isEqualTo(side.orderId());
                assertThat(updated.getJsonObject("shipment").getJsonNumber("id").longValue())
                        .isEqualTo(side.shipmentId());
                assertThat(updated.getJsonObject("shipment").getString("trackingNumber"))
                        .isEqualTo(UPS_B);
                JsonObject voided = notice(calls, "shipment.voided");
                assertThat(voided.getJsonObject("shipment").getJsonNumber("id").longValue())
                        .isEqualTo(side.shipmentId());
                assertThat(voided.getJsonObject("shipment").getString("voidedAt"))
                        .isNotBlank();
                JsonObject log = side.account()
                        .api()
                        .get("/api/v1/settings/webhook/deliveries")
                        .json();
                assertThat(log.getJsonArray("items").getValuesAs(JsonObject.class))
                        .hasSize(3)
                        .allSatisfy(n -> assertThat(n.getString("state")).isEqualTo("DELIVERED"));
            }
        }
    }

    // --- helpers

    private record Side(Api.Account account, WebhookReceiver hook, long orderId, long shipmentId) {}

    private static long add(TrackingIT.Dropship d, String number) {
        return add(d, number, "UPS");
    }

    private static long add(TrackingIT.Dropship d, String number, String carrier) {
        var r = d.vendor()
                .api()
                .post(
                        "/api/v1/orders/" + d.vendorOrderId() + "/shipments",
                        TrackingIT.shipment(carrier, number, TODAY, null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    private static String path(long orderId, long shipmentId) {
        return "/api/v1/orders/" + orderId + "/shipments/" + shipmentId;
    }

    private static Api.Response patch(Api.Account account, long orderId, long shipmentId, String body) {
        return account.api().send("PATCH", path(orderId, shipmentId), "application/json", body);
    }

    private static List<JsonObject> shipments(Api.Account account, long orderId) {
        var r = account.api().get("/api/v1/orders/" + orderId + "/shipments");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.jsonArray().getValuesAs(JsonObject.class);
    }

    private static JsonObject only(List<JsonObject> shipments) {
        assertThat(shipments).hasSize(1);
        return shipments.get(0);
    }

    private static List<JsonObject> history(Api.Account account, long orderId, long shipmentId) {
        var r = account.api().get(path(orderId, shipmentId) + "/history");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.jsonArray().getValuesAs(JsonObject.class);
    }

    private static List<String> states(Api.Account account, long orderId) {
        return TrackingIT.order(account, orderId).getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("state"))
                .toList();
    }

    private static JsonObject notice(List<WebhookReceiver.Call> calls, String event) {
        return calls.stream()
                .filter(c -> c.header("X-Gemlink-Event").equals(event))
                .map(c ->
                        new Api.Response(200, "application/json", new String(c.body(), StandardCharsets.UTF_8)).json())
                .findFirst()
                .orElseThrow();
    }
}
