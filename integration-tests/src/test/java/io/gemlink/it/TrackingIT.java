package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Tracking on the real server and database, over a dropship network built through the API: a
 * vendor's shipment reaches the distributor's order at once, bad input is refused naming its field,
 * bulk applies row by row, the outbound webhook is signed, retried and logged, and the screens work.
 */
@ExtendWith(ArquillianExtension.class)
class TrackingIT {

    private static final String PASSWORD = "correct horse battery"; // Api.signup's password
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    /** How the admin shows a calendar date ("Dec 1, 2026"). */
    private static final String TODAY_SHOWN = LocalDate.now(ZoneOffset.UTC)
            .format(java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A distributor order mirrored into a vendor's dropship order. */
    record Dropship(
            Api.Account vendor,
            Api.Account shop,
            Map<String, String> skus,
            long shopOrderId,
            String shopOrderNumber,
            long vendorOrderId,
            String vendorOrderNumber) {

        Dropship another() {
            return place(vendor, shop, skus, Map.of(skus.get("TR-1"), 1));
        }
    }

    static Dropship dropship(String tag) throws Exception {
        var vendor = Network.vendor(tag + " Gems", "PROCESSING", Map.of("TR-1", 50, "TR-2", 50));
        var shop = Network.distributor(tag + " Boutique");
        var skus = Network.link(vendor, shop);
        return place(vendor, shop, skus, Map.of(skus.get("TR-1"), 1));
    }

    static Dropship place(Api.Account vendor, Api.Account shop, Map<String, String> skus, Map<String, Integer> lines) {
        var placed = shop.api().post("/api/v1/orders", DropshipMirroringIT.order("tr-" + UUID.randomUUID(), lines));
        assertThat(placed.status()).isEqualTo(201);
        JsonObject order = placed.json();
        String vendorOrderNumber =
                order.getJsonArray("dropship").getJsonObject(0).getString("vendorOrderNumber");
        long vendorOrderId = vendor
                .api()
                .get("/api/v1/orders?channel=DROPSHIPPING&size=500")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> o.getString("number").equals(vendorOrderNumber))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        return new Dropship(
                vendor,
                shop,
                skus,
                order.getJsonNumber("id").longValue(),
                order.getString("number"),
                vendorOrderId,
                vendorOrderNumber);
    }

    static String shipment(String carrier, String number, String sendDate, String extended) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (carrier != null) b.add("carrier", carrier);
        if (number != null) b.add("trackingNumber", number);
        if (sendDate != null) b.add("sendDate", sendDate);
        if (extended != null) b.add("extendedField1", extended);
        return b.build().toString();
    }

    static JsonObject order(Api.Account account, long id) {
        var r = account.api().get("/api/v1/orders/" + id);
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    @Test
    void eachMissingOrBrokenFieldIsNamedAndNothingIsStored() throws Exception {
        Dropship d = dropship("Strict");
        String path = "/api/v1/orders/" + d.vendorOrderId() + "/shipments";

        Map<String, String> broken = Map.of(
                "carrier", shipment(null, "1Z999AA10123456784", TODAY, null),
                "trackingNumber", shipment("UPS", null, TODAY, null),
                "sendDate", shipment("UPS", "1Z999AA10123456784", null, "gift"));
        broken.forEach((field, body) -> {
            var r = d.vendor().api().post(path, body);
            assertThat(r.status()).as(field).isEqualTo(422);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.errorFields()).as(field).containsExactly(field);
        });
        var unknownCarrier = d.vendor().api().post(path, shipment("PONY", "1Z999AA10123456784", TODAY, null));
        assertThat(unknownCarrier.status()).isEqualTo(422);
        assertThat(unknownCarrier.errorFields()).containsExactly("carrier");
        var badDate = d.vendor().api().post(path, shipment("UPS", "1Z999AA10123456784", "2026-02-30", null));
        assertThat(badDate.errorFields()).containsExactly("sendDate");
        var farFuture = d.vendor()
                .api()
                .post(
                        path,
                        shipment(
                                "UPS",
                                "1Z999AA10123456784",
                                LocalDate.now(ZoneOffset.UTC).plusYears(2).toString(),
                                null));
        assertThat(farFuture.errorFields()).containsExactly("sendDate");
        var wrongType = d.vendor()
                .api()
                .post(path, "{\"carrier\":\"FEDEX\",\"trackingNumber\":986578788855,\"sendDate\":\"" + TODAY + "\"}");
        assertThat(wrongType.status())
                .as("a wrong JSON type is 400 (README, Hostile input)")
                .isEqualTo(400);
        assertThat(wrongType.errorFields()).containsExactly("trackingNumber");
        var all = d.vendor().api().post(path, "{}");
        assertThat(all.errorFields()).containsExactlyInAnyOrder("carrier", "trackingNumber", "sendDate");

        assertThat(d.vendor().api().get(path).jsonArray()).isEmpty();
        JsonObject vendorOrder = order(d.vendor(), d.vendorOrderId());
        assertThat(vendorOrder.getJsonArray("shipments")).isEmpty();
        assertThat(vendorOrder.getString("status")).isEqualTo("PROCESSING");
        JsonObject shopOrder = order(d.shop(), d.shopOrderId());
        assertThat(shopOrder.getJsonArray("shipments")).isEmpty();
        assertThat(shopOrder.getString("status")).isNotIn("SHIPPED", "PARTIALLY_SHIPPED");
    }

    @Test
    void aVendorShipmentReachesTheDistributorsOrderAtOnceAndStatusesFollowEveryPart() throws Exception {
        var aurora = Network.vendor("Ship Aurora", "PROCESSING", Map.of("TR-1", 10));
        var bella = Network.vendor("Ship Bella", "AWAITING_SHIPMENT", Map.of("TR-9", 10));
        var shop = Network.distributor("Ship Boutique");
        var auroraSkus = Network.link(aurora, shop);
        var bellaSkus = Network.link(bella, shop);
        JsonObject placed = shop.api()
                .post(
                        "/api/v1/orders",
                        DropshipMirroringIT.order(
                                "split-" + UUID.randomUUID(),
                                Map.of(auroraSkus.get("TR-1"), 1, bellaSkus.get("TR-9"), 1)))
                .json();
        long shopOrderId = placed.getJsonNumber("id").longValue();
        long auroraOrderId = onlyDropshipOrderId(aurora);
        long bellaOrderId = onlyDropshipOrderId(bella);

        var added = aurora.api()
                .post(
                        "/api/v1/orders/" + auroraOrderId + "/shipments",
                        shipment("UPS", "1Z 999 AA1 0123 4567 84", TODAY, "box 1 of 2"));

        assertThat(added.status()).isEqualTo(201);
        JsonObject s = added.json();
        assertThat(s.getString("trackingNumber")).isEqualTo("1Z999AA10123456784");
        assertThat(s.getString("trackingUrl")).isEqualTo("https://www.ups.com/track?tracknum=1Z999AA10123456784");
        assertThat(s.getBoolean("duplicateNumber")).isFalse();
        assertThat(order(aurora, auroraOrderId).getString("status")).isEqualTo("SHIPPED");
        JsonObject shopOrder = order(shop, shopOrderId);
        assertThat(shopOrder.getString("status")).isEqualTo("PARTIALLY_SHIPPED");
        JsonObject copy = shopOrder.getJsonArray("shipments").getJsonObject(0);
        assertThat(copy.getString("carrier")).isEqualTo("UPS");
        assertThat(copy.getString("trackingNumber")).isEqualTo("1Z999AA10123456784");
        assertThat(copy.getString("sendDate")).isEqualTo(TODAY);
        assertThat(copy.getString("extendedField1")).isEqualTo("box 1 of 2");
        assertThat(copy.getString("trackingUrl")).isEqualTo(s.getString("trackingUrl"));

        // split parcel: a second shipment on the same order; the same one again doubles nothing
        assertThat(aurora.api()
                        .post(
                                "/api/v1/orders/" + auroraOrderId + "/shipments",
                                shipment("USPS", "9400111201080805483016", TODAY, "box 2 of 2"))
                        .status())
                .isEqualTo(201);
        var again = aurora.api()
                .post(
                        "/api/v1/orders/" + auroraOrderId + "/shipments",
                        shipment("USPS", "9400 1112 0108 0805 4830 16", TODAY, "box 2 of 2"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(order(shop, shopOrderId).getJsonArray("shipments")).hasSize(2);
        assertThat(order(aurora, auroraOrderId).getJsonArray("shipments")).hasSize(2);

        // the other vendor ships: now every part has shipped
        assertThat(bella.api()
                        .post(
                                "/api/v1/orders/" + bellaOrderId + "/shipments",
                                shipment("DHL_EXPRESS", "3318810025", TODAY, null))
                        .status())
                .isEqualTo(201);
        shopOrder = order(shop, shopOrderId);
        assertThat(shopOrder.getString("status")).isEqualTo("SHIPPED");
        assertThat(shopOrder.getJsonArray("shipments").getValuesAs(JsonObject.class))
                .extracting(j -> j.getString("trackingNumber"))
                .containsExactly("1Z999AA10123456784", "9400111201080805483016", "3318810025");
        assertThat(shopOrder.getJsonArray("dropship").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("status"))
                .containsOnly("SHIPPED");

        // the same number on another order of the same vendor is flagged, not refused
        JsonObject second = shop.api()
                .post(
                        "/api/v1/orders",
                        DropshipMirroringIT.order("second-" + UUID.randomUUID(), Map.of(auroraSkus.get("TR-1"), 1)))
                .json();
        String secondVendorNumber =
                second.getJsonArray("dropship").getJsonObject(0).getString("vendorOrderNumber");
        long secondVendorOrderId = aurora
                .api()
                .get("/api/v1/orders?channel=DROPSHIPPING")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> o.getString("number").equals(secondVendorNumber))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        var reused = aurora.api()
                .post(
                        "/api/v1/orders/" + secondVendorOrderId + "/shipments",
                        shipment("UPS", "1Z999AA10123456784", TODAY, null));
        assertThat(reused.status()).isEqualTo(201);
        assertThat(reused.json().getBoolean("duplicateNumber")).isTrue();
        assertThat(reused.json().getJsonArray("warnings").getString(0)).contains("already used");
    }

    @Test
    void everyKnownCarrierAcceptsItsNumbersAndRefusesOthers() {
        var shop = Api.signup("Carrier Checks");
        long orderId = shop.api()
                .post("/api/v1/orders", DropshipMirroringIT.order("own-" + UUID.randomUUID(), Map.of("OWN-RING", 1)))
                .json()
                .getJsonNumber("id")
                .longValue();
        String path = "/api/v1/orders/" + orderId + "/shipments";
        Map<String, List<String>> validInvalid = Map.of(
                "UPS", List.of("1Z999AA10123456784", "1Z999AA10123456785"),
                "USPS", List.of("9400111201080805483016", "9400111201080805483017"),
                "FEDEX", List.of("986578788855", "996578788855"),
                "DHL_EXPRESS", List.of("3318810025", "3318810034"),
                "CANADA_POST", List.of("0073938000549297", "0073938000549292"),
                "ROYAL_MAIL", List.of("RB123456785GB", "RB123456786GB"),
                "AUSTRALIA_POST", List.of("33PJZ5003101", "12345678901"),
                "OTHER", List.of("my-courier/42", "x".repeat(65)));

        validInvalid.forEach((carrier, numbers) -> {
            var good = shop.api().post(path, shipment(carrier, numbers.get(0), TODAY, null));
            assertThat(good.status()).as(carrier + " " + numbers.get(0)).isEqualTo(201);
            var bad = shop.api().post(path, shipment(carrier, numbers.get(1), TODAY, null));
            assertThat(bad.status()).as(carrier + " " + numbers.get(1)).isEqualTo(422);
            assertThat(bad.errorFields()).containsExactly("trackingNumber");
        });

        List<JsonObject> stored = shop.api().get(path).jsonArray().getValuesAs(JsonObject.class);
        assertThat(stored)
                .extracting(j -> j.getString("carrier"))
                .containsExactlyInAnyOrderElementsOf(validInvalid.keySet());
        assertThat(stored)
                .filteredOn(j -> j.getString("carrier").equals("OTHER"))
                .first()
                .satisfies(j -> assertThat(j.isNull("trackingUrl")).isTrue());
        assertThat(order(shop, orderId).getString("status")).isEqualTo("SHIPPED");

        var doc = Api.anonymous().get("/openapi");
        assertThat(doc.body())
                .contains(
                        "/api/v1/orders/{id}/shipments:",
                        "/api/v1/orders/{id}/shipments/{shipmentId}:",
                        "/api/v1/orders/{id}/shipments/{shipmentId}/history:",
                        "ShipmentChangeView",
                        "/api/v1/shipments/bulk:",
                        "/api/v1/settings/tracking-webhook:",
                        "/api/v1/settings/tracking-webhook/deliveries:",
                        "/api/v1/settings/webhook:",
                        "/api/v1/settings/webhook/deliveries:",
                        "WebhookView",
                        "ShipmentDetail",
                        "BulkResult",
                        "WebhookDeliveryView",
                        "duplicateNumber");
    }

    @Test
    void anotherAccountCannotAddTrackingToAnOrderThatIsNotItsOwn() throws Exception {
        Dropship d = dropship("Private");
        var stranger = Api.signup("Stranger Goods");
        String path = "/api/v1/orders/" + d.vendorOrderId() + "/shipments";

        assertThat(stranger.api()
                        .post(path, shipment("UPS", "1Z999AA10123456784", TODAY, null))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.api().get(path).status()).isEqualTo(404);
        assertThat(d.shop()
                        .api()
                        .post(path, shipment("UPS", "1Z999AA10123456784", TODAY, null))
                        .status())
                .isEqualTo(404);
        var bulk = stranger.api()
                .post(
                        "/api/v1/shipments/bulk",
                        "[{\"orderNumber\":\"" + d.vendorOrderNumber()
                                + "\",\"carrier\":\"UPS\",\"trackingNumber\":\"1Z999AA10123456784\",\"sendDate\":\""
                                + TODAY + "\"}]");
        assertThat(bulk.status()).isEqualTo(200);
        assertThat(bulk.json().getInt("applied")).isZero();
        assertThat(bulk.json().getJsonArray("rejected").getJsonObject(0).getString("message"))
                .contains("no such order");

        assertThat(order(d.vendor(), d.vendorOrderId()).getJsonArray("shipments"))
                .isEmpty();
        assertThat(order(d.shop(), d.shopOrderId()).getJsonArray("shipments")).isEmpty();
    }

    @Test
    void bulkJsonAndCsvApplyGoodRowsRejectBadOnesAndPropagateLikeSingleShipments() throws Exception {
        Dropship first = dropship("Bulk");
        Dropship second = first.another();
        Dropship third = first.another();

        var json = first.vendor().api().post("/api/v1/shipments/bulk", """
                [{"orderNumber":"%s","carrier":"FEDEX","trackingNumber":"986578788855","sendDate":"%s",
                "extendedField1":"bulk A"},
                 {"orderNumber":"%s","carrier":"PONY","trackingNumber":"1","sendDate":"%s"},
                 {"orderNumber":"%s","carrier":"UPS","trackingNumber":"1Z999AA10123456785","sendDate":"%s"},
                 {"orderNumber":"%s","carrier":"UPS","trackingNumber":"1Z999AA10123456784","sendDate":"27/11/2026"},
                 {"carrier":"UPS","trackingNumber":"1Z999AA10123456784","sendDate":"%s"},
                 {"orderNumber":"999999999","carrier":"UPS","trackingNumber":"1Z999AA10123456784","sendDate":"%s"},
                 {"orderNumber":"%s","carrier":"FEDEX","trackingNumber":986578788855,"sendDate":"%s"},
                 {"orderNumber":"%s","carrier":"ROYAL_MAIL","trackingNumber":"RB123456785GB",
                 "sendDate":"%s"}]""".formatted(
                        first.vendorOrderNumber(),
                        TODAY,
                        first.vendorOrderNumber(),
                        TODAY,
                        first.vendorOrderNumber(),
                        TODAY,
                        first.vendorOrderNumber(),
                        TODAY,
                        TODAY,
                        second.vendorOrderNumber(),
                        TODAY,
                        second.vendorOrderNumber(),
                        TODAY));

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().getInt("applied")).isEqualTo(2);
        List<JsonObject> rejected = json.json().getJsonArray("rejected").getValuesAs(JsonObject.class);
        assertThat(rejected)
                .extracting(r -> r.getInt("row") + ":" + r.getString("field"))
                .containsExactly(
                        "2:carrier",
                        "3:trackingNumber",
                        "4:sendDate",
                        "5:orderNumber",
                        "6:orderNumber",
                        "7:trackingNumber");
        assertThat(rejected.get(4).getString("message")).contains("no such order");
        JsonObject shopFirst = order(first.shop(), first.shopOrderId());
        assertThat(shopFirst.getString("status")).isEqualTo("SHIPPED");
        assertThat(shopFirst.getJsonArray("shipments").getJsonObject(0).getString("extendedField1"))
                .isEqualTo("bulk A");
        assertThat(order(first.shop(), second.shopOrderId())
                        .getJsonArray("shipments")
                        .getJsonObject(0)
                        .getString("trackingNumber"))
                .isEqualTo("RB123456785GB");

        String csv = "orderNumber,carrier,trackingNumber,sendDate,extendedField1\n"
                + third.vendorOrderNumber() + ",CANADA_POST,0073938000549297," + TODAY + ",\"csv, quoted\"\n"
                + third.vendorOrderNumber() + ",CANADA_POST,0073938000549292," + TODAY + ",\n";
        var fromCsv = first.vendor().api().send("POST", "/api/v1/shipments/bulk", "text/csv", csv);

        assertThat(fromCsv.status()).isEqualTo(200);
        assertThat(fromCsv.json().getInt("applied")).isEqualTo(1);
        JsonObject csvRejected = fromCsv.json().getJsonArray("rejected").getJsonObject(0);
        assertThat(csvRejected.getInt("row")).isEqualTo(3);
        assertThat(csvRejected.getString("field")).isEqualTo("trackingNumber");
        JsonObject shopThird = order(first.shop(), third.shopOrderId());
        assertThat(shopThird.getString("status")).isEqualTo("SHIPPED");
        assertThat(shopThird.getJsonArray("shipments").getJsonObject(0).getString("extendedField1"))
                .isEqualTo("csv, quoted");

        var resent = first.vendor().api().send("POST", "/api/v1/shipments/bulk", "text/csv", csv);
        assertThat(resent.json().getInt("applied")).isZero();
        assertThat(resent.json().getInt("unchanged")).isEqualTo(1);
        assertThat(order(first.shop(), third.shopOrderId()).getJsonArray("shipments"))
                .hasSize(1);

        var noColumn =
                first.vendor().api().send("POST", "/api/v1/shipments/bulk", "text/csv", "orderNumber,carrier\n1,UPS\n");
        assertThat(noColumn.status()).isEqualTo(422);
        var notAnArray = first.vendor().api().post("/api/v1/shipments/bulk", "{\"orderNumber\":\"1\"}");
        assertThat(notAnArray.status()).isEqualTo(422);
        assertThat(notAnArray.errorFields()).containsExactly("body");
    }

    @Test
    void aTenThousandRowFileCompletesAndReports() throws Exception {
        var shop = Api.signup("Volume Tracking");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            numbers.add(shop.api()
                    .post(
                            "/api/v1/orders",
                            DropshipMirroringIT.order("vol-" + UUID.randomUUID(), Map.of("VOL-" + i, 1)))
                    .json()
                    .getString("number"));
        }
        StringBuilder csv = new StringBuilder("orderNumber,carrier,trackingNumber,sendDate,extendedField1\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append(numbers.get(i % 10))
                    .append(",OTHER,VOL-PARCEL-")
                    .append(i)
                    .append(',')
                    .append(TODAY)
                    .append(",row ")
                    .append(i)
                    .append('\n');
        }
        csv.append(numbers.get(0))
                .append(",UPS,not-a-ups-number,")
                .append(TODAY)
                .append(",\n");

        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/shipments/bulk"))
                                .timeout(Duration.ofMinutes(10))
                                .header("Authorization", "Bearer " + apiKey(shop))
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject result = new Api.Response(200, "application/json", answer.body()).json();
        assertThat(result.getInt("applied")).isEqualTo(10_000);
        assertThat(result.getJsonArray("rejected")).hasSize(1);
        assertThat(result.getJsonArray("rejected").getJsonObject(0).getInt("row"))
                .isEqualTo(10_002);
        long firstOrderId = shop
                .api()
                .get("/api/v1/orders?size=500")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> o.getString("number").equals(numbers.get(0)))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        assertThat(shop.api()
                        .get("/api/v1/orders/" + firstOrderId + "/shipments")
                        .jsonArray())
                .hasSize(1_000);
    }

    @Test
    void theDistributorsWebhookGetsASignedNoticeRetriedAfterAFailureAndLogged() throws Exception {
        Dropship d = dropship("Hooked");
        String secret = "whsec-" + UUID.randomUUID();
        var refused = d.shop().api().put("/api/v1/settings/tracking-webhook", "{\"url\":\"ftp://nowhere\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("url", "secret");

        try (WebhookReceiver receiver = new WebhookReceiver(500, 200)) {
            var set = d.shop()
                    .api()
                    .put(
                            "/api/v1/settings/tracking-webhook",
                            Json.createObjectBuilder()
                                    .add("url", receiver.url())
                                    .add("secret", secret)
                                    .build()
                                    .toString());
            assertThat(set.status()).isEqualTo(200);
            assertThat(set.json().getBoolean("secretSet")).isTrue();
            assertThat(set.body()).doesNotContain(secret);

            var added = d.vendor()
                    .api()
                    .post(
                            "/api/v1/orders/" + d.vendorOrderId() + "/shipments",
                            shipment("ROYAL_MAIL", "RB123456785GB", TODAY, "signed for"));
            assertThat(added.status()).isEqualTo(201); // the shipment does not wait for, nor depend on, the receiver

            JsonObject delivery = await(
                            () -> d.shop()
                                    .api()
                                    .get("/api/v1/settings/tracking-webhook/deliveries")
                                    .json(),
                            page -> page.getInt("total") == 1
                                    && "DELIVERED"
                                            .equals(page.getJsonArray("items")
                                                    .getJsonObject(0)
                                                    .getString("state")),
                            Duration.ofSeconds(90))
                    .getJsonArray("items")
                    .getJsonObject(0);

            assertThat(delivery.getInt("attempts")).isEqualTo(2);
            assertThat(delivery.getString("orderNumber")).isEqualTo(d.shopOrderNumber());
            List<JsonObject> log = delivery.getJsonArray("log").getValuesAs(JsonObject.class);
            assertThat(log).extracting(a -> a.getInt("statusCode")).containsExactly(500, 200);
            assertThat(log.get(0).getString("error")).contains("500");
            assertThat(Duration.between(
                            java.time.Instant.parse(log.get(0).getString("at")),
                            java.time.Instant.parse(log.get(1).getString("at"))))
                    .isPositive();

            List<WebhookReceiver.Call> calls = receiver.calls();
            assertThat(calls).hasSize(2);
            for (WebhookReceiver.Call call : calls) {
                // signed over "<timestamp>.<raw body>", the timestamp being that attempt's (unix seconds)
                String timestamp = call.header("X-Gemlink-Timestamp");
                assertThat(Long.parseLong(timestamp))
                        .isBetween(
                                java.time.Instant.now().minusSeconds(300).getEpochSecond(),
                                java.time.Instant.now().getEpochSecond());
                assertThat(call.header("X-Gemlink-Signature"))
                        .isEqualTo("sha256="
                                + hmac(secret, (timestamp + ".").getBytes(StandardCharsets.UTF_8), call.body()));
                assertThat(call.header("X-Gemlink-Event")).isEqualTo("shipment.added");
                assertThat(call.header("X-Gemlink-Delivery"))
                        .isEqualTo(String.valueOf(delivery.getJsonNumber("id").longValue()));
            }
            assertThat(calls.get(1).body()).isEqualTo(calls.get(0).body());
            JsonObject notice = new Api.Response(
                            200, "application/json", new String(calls.get(0).body(), StandardCharsets.UTF_8))
                    .json();
            assertThat(notice.getString("event")).isEqualTo("shipment.added");
            assertThat(notice.getString("account")).isEqualTo(d.shop().publicId());
            assertThat(notice.getJsonObject("order").getString("number")).isEqualTo(d.shopOrderNumber());
            assertThat(notice.getJsonObject("shipment").getString("trackingNumber"))
                    .isEqualTo("RB123456785GB");
            assertThat(notice.getJsonObject("shipment").getString("extendedField1"))
                    .isEqualTo("signed for");
            assertThat(notice.getJsonObject("shipment").getString("trackingUrl"))
                    .contains("royalmail.com");
        }
        // the vendor has no webhook: nothing was owed to it
        assertThat(d.vendor()
                        .api()
                        .get("/api/v1/settings/tracking-webhook/deliveries")
                        .json()
                        .getInt("total"))
                .isZero();
    }

    @Test
    void theVendorEntersTrackingAndUploadsACsvAndTheDistributorSeesTheLinks() throws Exception {
        Dropship first = dropship("Screen Tracking");
        Dropship second = first.another();
        Path csv = Files.createTempFile("tracking", ".csv");
        Files.writeString(
                csv,
                "orderNumber,carrier,trackingNumber,sendDate,extendedField1\n"
                        + second.vendorOrderNumber() + ",FEDEX,790535312317," + TODAY + ",from the screen\n"
                        + second.vendorOrderNumber() + ",FEDEX,790535312318," + TODAY + ",\n",
                StandardCharsets.UTF_8);

        try (Browser browser = new Browser();
                WebhookReceiver receiver = new WebhookReceiver(200)) {
            // the distributor registers its tracking webhook on the settings page
            browser.login(first.shop().email(), PASSWORD);
            browser.open("/admin/tracking/webhook.xhtml");
            browser.find("#webhook\\:url").sendKeys(receiver.url());
            browser.find("#webhook\\:secret").sendKeys("screen-secret-0123456789");
            browser.find("#webhook\\:save").click();
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));
            assertThat(first.shop()
                            .api()
                            .get("/api/v1/settings/tracking-webhook")
                            .json()
                            .getString("url"))
                    .isEqualTo(receiver.url());
            browser.find("#nav\\:logout").click();
            browser.find("#j_username");

            browser.login(first.vendor().email(), PASSWORD);
            browser.open("/admin/orders/order.xhtml?id=" + first.vendorOrderId());
            new Select(browser.find("#tracking\\:carrier")).selectByValue("UPS");
            browser.find("#tracking\\:number").sendKeys("1Z999AA10123456785");
            browser.find("#tracking\\:add").click();
            browser.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Tracking number"));
            assertThat(browser.find("#tracking\\:shipments").getText()).doesNotContain("1Z999AA10123456785");

            browser.find("#tracking\\:number").clear();
            browser.find("#tracking\\:number").sendKeys("1Z999AA10123456784");
            browser.find("#tracking\\:extended").sendKeys("gift wrapped");
            browser.find("#tracking\\:add").click();
            browser.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("[id='tracking:shipments']"), "1Z999AA10123456784"));
            assertThat(browser.find("#status").getText()).isEqualTo("Shipped");

            browser.open("/admin/tracking/bulk.xhtml");
            browser.driver()
                    .findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(csv.toAbsolutePath().toString());
            browser.find("#upload\\:submit").click();
            assertThat(browser.find("#applied").getText()).isEqualTo("1");
            assertThat(browser.find("#rejected").getText()).isEqualTo("1");
            assertThat(browser.find("#bulk\\:errors").getText()).contains("3", "trackingNumber");
            browser.find("#nav\\:logout").click();
            browser.find("#j_username");

            browser.login(first.shop().email(), PASSWORD);
            browser.open("/admin/orders/order.xhtml?id=" + first.shopOrderId());
            var link = browser.find("#tracking\\:shipments a.tracking-link");
            assertThat(link.getText()).isEqualTo("1Z999AA10123456784");
            assertThat(link.getAttribute("href")).isEqualTo("https://www.ups.com/track?tracknum=1Z999AA10123456784");
            assertThat(browser.find("#tracking\\:shipments").getText()).contains("gift wrapped", "UPS", TODAY_SHOWN);
            assertThat(browser.find("#status").getText()).isEqualTo("Shipped");
            browser.open("/admin/orders/order.xhtml?id=" + second.shopOrderId());
            assertThat(browser.find("#tracking\\:shipments a.tracking-link").getAttribute("href"))
                    .contains("790535312317");

            // and reads the delivery log of its webhook: both notices delivered
            String log = Waits.until(
                    "both notices in the delivery log, none PENDING",
                    () -> {
                        browser.open("/admin/tracking/webhook.xhtml");
                        return browser.find("#log\\:deliveries").getText();
                    },
                    text -> text.contains(first.shopOrderNumber())
                            && text.contains(second.shopOrderNumber())
                            && !text.contains("PENDING"),
                    Duration.ofSeconds(30));
            assertThat(log).contains(first.shopOrderNumber(), second.shopOrderNumber(), "DELIVERED", "HTTP 200");
            assertThat(receiver.calls()).hasSize(2);
        }
    }

    private static long onlyDropshipOrderId(Api.Account vendor) {
        var page = vendor.api().get("/api/v1/orders?channel=DROPSHIPPING").json();
        assertThat(page.getInt("total")).isEqualTo(1);
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String apiKey(Api.Account account) {
        return account.api().apiKey();
    }

    /** The hex HMAC-SHA256 of the parts in turn, as a receiver computes it. */
    static String hmac(String secret, byte[]... parts) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        for (byte[] part : parts) {
            mac.update(part);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    private static JsonObject await(
            java.util.function.Supplier<JsonObject> read, java.util.function.Predicate<JsonObject> done, Duration max)
            throws InterruptedException {
        return Waits.until("the answer to match", read, done, max); // fails loudly with the last answer
    }
}
