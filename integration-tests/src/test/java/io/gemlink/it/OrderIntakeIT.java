package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Order intake into a distributor account: the partner API (idempotent) and Shopify's signed webhook. */
@ExtendWith(ArquillianExtension.class)
class OrderIntakeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static String order(String channel, String externalId, String sku) {
        return """
                {"channel":"%s","externalId":"%s","currency":"USD",
                 "shippingAddress":{"name":"Ann Lee","line1":"1 Main St","city":"Austin","region":"TX",
                 "postalCode":"73301","country":"US"},
                 "lines":[{"sku":"%s","quantity":2,"unitPrice":129.99}]}""".formatted(channel, externalId, sku);
    }

    @Test
    void anOrderWithoutLinkedProductsIsANormalOrderUnderItsChannel() {
        var shop = Api.signup("Plain Shop");

        var r = shop.api().post("/api/v1/orders", order("ETSY", "etsy-" + UUID.randomUUID(), "OWN-1"));

        assertThat(r.status()).isEqualTo(201);
        JsonObject o = r.json();
        assertThat(o.getString("channel")).isEqualTo("ETSY");
        assertThat(o.getString("status")).isEqualTo("NEW");
        assertThat(o.getString("number")).matches("\\d{6,}");
        assertThat(o.getJsonArray("lines").getJsonObject(0).getInt("quantity")).isEqualTo(2);
        assertThat(o.getJsonArray("lines")
                        .getJsonObject(0)
                        .getJsonNumber("unitPrice")
                        .bigDecimalValue())
                .isEqualByComparingTo("129.99");
        assertThat(o.getJsonObject("shippingAddress").getString("city")).isEqualTo("Austin");
        assertThat(o.isNull("dropship")).isTrue();
        assertThat(shop.api()
                        .get("/api/v1/orders/" + o.getJsonNumber("id").longValue())
                        .json()
                        .getString("number"))
                .isEqualTo(o.getString("number"));
    }

    @Test
    void theSameChannelOrderPostedFiveTimesAtOnceIsOneOrder() throws Exception {
        var shop = Api.signup("Busy Shop");
        String body = order("AMAZON", "amz-" + UUID.randomUUID(), "OWN-2");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(pool.submit((Callable<Api.Response>) () -> shop.api().post("/api/v1/orders", body)));
        }
        List<Api.Response> responses = new ArrayList<>();
        for (Future<Api.Response> f : answers) {
            responses.add(f.get());
        }
        pool.shutdown();

        assertThat(responses)
                .extracting(Api.Response::status)
                .containsOnly(200, 201)
                .containsOnlyOnce(201);
        assertThat(responses)
                .extracting(r -> r.json().getJsonNumber("id").longValue())
                .containsOnly(responses.get(0).json().getJsonNumber("id").longValue());
        assertThat(shop.api().get("/api/v1/orders?channel=AMAZON").json().getInt("total"))
                .isEqualTo(1);
    }

    @Test
    void badOrdersNameTheirFieldsAndStoreNothing() {
        var shop = Api.signup("Careful Shop");

        var r = shop.api().post("/api/v1/orders", """
                {"channel":"FAXMACHINE","currency":"usd","shippingAddress":{"name":"A","line1":"B","city":"C",
                "country":"USA"},
                 "lines":[{"sku":"X","quantity":0,"unitPrice":1}]}""");
        var typed = shop.api()
                .post("/api/v1/orders", order("API", "a-1", "X").replace("\"quantity\":2", "\"quantity\":\"two\""));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields())
                .containsExactlyInAnyOrder(
                        "channel",
                        "externalId",
                        "currency",
                        "shippingAddress.country",
                        "lines[0].quantity"); // no externalId: required but for MANUAL
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.errorFields()).containsExactly("lines[0].quantity");
        assertThat(shop.api().get("/api/v1/orders").json().getInt("total")).isZero();
    }

    @Test
    void anotherAccountsOrderIsNotFound() {
        var shop = Api.signup("Owner Shop");
        var stranger = Api.signup("Nosy Shop");
        long id = shop.api()
                .post("/api/v1/orders", order("API", "own-" + UUID.randomUUID(), "OWN-3"))
                .json()
                .getJsonNumber("id")
                .longValue();

        assertThat(stranger.api().get("/api/v1/orders/" + id).status()).isEqualTo(404);
        assertThat(stranger.api()
                        .post("/api/v1/orders/" + id + "/dropship/retry", "")
                        .status())
                .isEqualTo(404);
        assertThat(stranger.api().get("/api/v1/orders").json().getInt("total")).isZero();
    }

    @Test
    void shopifyWebhookWithTheRightSignatureCreatesTheOrderOnce() throws Exception {
        var shop = Api.signup("Shopify Boutique");
        String secret = "shpss_" + UUID.randomUUID().toString().replace("-", "");
        assertThat(shop.api()
                        .put("/api/v1/settings/channels/shopify", "{\"webhookSecret\":\"" + secret + "\"}")
                        .status())
                .isEqualTo(204);
        byte[] payload = shopifyPayload();
        String url = "/webhooks/shopify/" + shop.publicId() + "/orders";

        assertThat(webhook(url, payload, hmac("wrong-secret-0123456789", payload), "wh-1")
                        .statusCode())
                .isEqualTo(401);
        assertThat(shop.api().get("/api/v1/orders").json().getInt("total")).isZero();

        String webhookId = "wh-" + UUID.randomUUID();
        assertThat(webhook(url, payload, hmac(secret, payload), webhookId).statusCode())
                .isEqualTo(200);
        assertThat(webhook(url, payload, hmac(secret, payload), webhookId).statusCode())
                .isEqualTo(200);
        assertThat(webhook(url, payload, hmac(secret, payload), "wh-other-" + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(200);

        var orders = shop.api().get("/api/v1/orders?channel=SHOPIFY").json();
        assertThat(orders.getInt("total")).isEqualTo(1);
        JsonObject o = orders.getJsonArray("items").getJsonObject(0);
        assertThat(o.getString("externalId")).isEqualTo("820982911946154508");
        assertThat(o.getJsonObject("shippingAddress").getString("name")).isEqualTo("Steve Shipper");
        assertThat(o.getJsonObject("shippingAddress").getString("country")).isEqualTo("US");
        assertThat(o.getJsonArray("lines")).hasSize(2);

        var elsewhere = webhook("/webhooks/shopify/XX-999999/orders", payload, hmac(secret, payload), "wh-x");
        assertThat(elsewhere.statusCode()).isEqualTo(401);
    }

    @Test
    void webhookSecretMustBeGiven() {
        var shop = Api.signup("Secretless Shop");

        var r = shop.api().put("/api/v1/settings/channels/shopify", "{\"webhookSecret\":\"\"}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactly("webhookSecret");
    }

    static byte[] shopifyPayload() throws Exception {
        try (InputStream in = OrderIntakeIT.class.getResourceAsStream("/shopify/orders-create.json")) {
            return in.readAllBytes();
        }
    }

    static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    static HttpResponse<String> webhook(String path, byte[] body, String hmac, String webhookId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Content-Type", "application/json")
                .header("X-Shopify-Topic", "orders/create")
                .header("X-Shopify-Hmac-Sha256", hmac)
                .header("X-Shopify-Webhook-Id", webhookId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
