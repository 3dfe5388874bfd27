package io.gemlink.it;

import static io.gemlink.it.OrderIntakeIT.hmac;
import static io.gemlink.it.OrderIntakeIT.shopifyPayload;
import static io.gemlink.it.OrderIntakeIT.webhook;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Shopify's {@code orders/create} webhook promises about repeats (README "Orders and dropship
 * mirroring", docs/api.md): a repeated {@code X-Shopify-Webhook-Id} → 200 and nothing new, whatever the
 * repeat carries; and the same {@code channel} + {@code externalId} (Shopify's order {@code id}) is one
 * order, also under a new webhook id. Each test shows afterwards that the payload it sent as a repeat
 * does create an order when it is not one: the deduplication, not the payload, kept it out.
 */
@ExtendWith(ArquillianExtension.class)
class ShopifyWebhookIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aRepeatedWebhookIdWithAnotherOrderInItIsADuplicateAndChangesNothing() throws Exception {
        Shop shop = shop("Webhook Id Boutique");
        byte[] first = order("5100000000001", 1);
        String webhookId = "wh-" + UUID.randomUUID();
        assertThat(shop.send(first, webhookId)).isEqualTo(200);
        String orders = shop.orders();
        assertThat(total(orders)).isEqualTo(1);

        byte[] other = order("5100000000002", 3); // another Shopify order, other quantities
        assertThat(shop.send(other, webhookId))
                .as("a repeated webhook id is answered 200")
                .isEqualTo(200);

        assertThat(shop.orders())
                .as("the orders, field by field: nothing new, nothing changed")
                .isEqualTo(orders);
        assertThat(shop.send(other, "wh-" + UUID.randomUUID()))
                .as("the same payload under a new webhook id")
                .isEqualTo(200);
        assertThat(total(shop.orders()))
                .as("...is a new order: only the webhook id kept it out before")
                .isEqualTo(2);
    }

    @Test
    void anotherWebhookIdWithTheSameShopifyOrderIsStillOneOrderUnchanged() throws Exception {
        Shop shop = shop("External Id Boutique");
        assertThat(shop.send(order("5200000000001", 1), "wh-" + UUID.randomUUID()))
                .isEqualTo(200);
        String orders = shop.orders();
        assertThat(total(orders)).isEqualTo(1);

        byte[] again = order("5200000000001", 4); // the same Shopify order id, other quantities
        assertThat(shop.send(again, "wh-" + UUID.randomUUID()))
                .as("a new webhook id, the same order")
                .isEqualTo(200);

        assertThat(shop.orders()).as("one order, as the first delivery made it").isEqualTo(orders);
        assertThat(shop.send(order("5200000000002", 4), "wh-" + UUID.randomUUID()))
                .isEqualTo(200);
        assertThat(total(shop.orders()))
                .as("another Shopify order id is another order")
                .isEqualTo(2);
    }

    /** A distributor with a Shopify webhook secret. */
    private record Shop(Api.Account account, String secret) {

        int send(byte[] payload, String webhookId) throws Exception {
            return webhook(
                            "/webhooks/shopify/" + account.publicId() + "/orders",
                            payload,
                            hmac(secret, payload),
                            webhookId)
                    .statusCode();
        }

        /** The account's orders as the API lists them (every field of every order). */
        String orders() {
            var r = account.api().get("/api/v1/orders?size=50");
            assertThat(r.status()).isEqualTo(200);
            return r.body();
        }
    }

    private static Shop shop(String name) {
        var account = Api.signup(name);
        String secret = "shpss_" + UUID.randomUUID().toString().replace("-", "");
        assertThat(account.api()
                        .put("/api/v1/settings/channels/shopify", "{\"webhookSecret\":\"" + secret + "\"}")
                        .status())
                .isEqualTo(204);
        return new Shop(account, secret);
    }

    /** Shopify's sample orders/create payload with its order {@code id} and every line's quantity replaced. */
    private static byte[] order(String shopifyOrderId, int quantity) throws Exception {
        JsonObject sample = Json.createReader(new StringReader(new String(shopifyPayload(), StandardCharsets.UTF_8)))
                .readObject();
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (JsonValue line : sample.getJsonArray("line_items")) {
            lines.add(Json.createObjectBuilder(line.asJsonObject()).add("quantity", quantity));
        }
        return Json.createObjectBuilder(sample)
                .add("id", Long.parseLong(shopifyOrderId))
                .add("line_items", lines)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private static int total(String page) {
        return Json.createReader(new StringReader(page)).readObject().getInt("total");
    }
}
