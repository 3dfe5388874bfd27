package io.gemlink.it;

import static io.gemlink.it.FeedServer.Feed;
import static io.gemlink.it.FeedServer.Row;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The secrets the server must read back are stored sealed (checked in the database itself), and
 * what they sign or authorize still works end to end: Shopify's HMAC, the tracking webhook's
 * signature, an external feed's bearer token.
 */
@ExtendWith(ArquillianExtension.class)
class SecretsAtRestIT {

    @RegisterExtension
    static final FeedServer feeds = FeedServer.start();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theShopifySecretIsStoredSealedAndStillVerifiesWebhooks() throws Exception {
        var shop = Api.signup("Sealed Shopify Boutique");
        String secret = "shpss_" + UUID.randomUUID().toString().replace("-", "");
        assertThat(shop.api()
                        .put("/api/v1/settings/channels/shopify", "{\"webhookSecret\":\"" + secret + "\"}")
                        .status())
                .isEqualTo(204);

        String stored = Db.text("SELECT shopify_webhook_secret FROM channel_settings WHERE account_id = ?", shop.id());
        assertSealed(stored, secret);

        byte[] payload = OrderIntakeIT.shopifyPayload();
        String url = "/webhooks/shopify/" + shop.publicId() + "/orders";
        assertThat(OrderIntakeIT.webhook(
                                url, payload, OrderIntakeIT.hmac(stored, payload), "wh-sealed-" + UUID.randomUUID())
                        .statusCode())
                .as("the stored text is not the key")
                .isEqualTo(401);
        assertThat(OrderIntakeIT.webhook(url, payload, OrderIntakeIT.hmac(secret, payload), "wh-" + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(200);
        assertThat(shop.api().get("/api/v1/orders?channel=SHOPIFY").json().getInt("total"))
                .isEqualTo(1);
    }

    @Test
    void theSameSecretIsStoredDifferentlyForTwoAccounts() {
        String secret = "shpss_same_for_both_" + UUID.randomUUID();
        var first = Api.signup("Twin One");
        var second = Api.signup("Twin Two");
        first.api().put("/api/v1/settings/channels/shopify", "{\"webhookSecret\":\"" + secret + "\"}");
        second.api().put("/api/v1/settings/channels/shopify", "{\"webhookSecret\":\"" + secret + "\"}");

        String a = Db.text("SELECT shopify_webhook_secret FROM channel_settings WHERE account_id = ?", first.id());
        String b = Db.text("SELECT shopify_webhook_secret FROM channel_settings WHERE account_id = ?", second.id());

        assertSealed(a, secret);
        assertSealed(b, secret);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void theTrackingWebhookSecretIsStoredSealedAndStillSignsNotices() throws Exception {
        var shop = Api.signup("Sealed Hook Boutique");
        String secret = "whsec-" + UUID.randomUUID();
        try (WebhookReceiver receiver = new WebhookReceiver(200)) {
            assertThat(shop.api()
                            .put(
                                    "/api/v1/settings/tracking-webhook",
                                    Json.createObjectBuilder()
                                            .add("url", receiver.url())
                                            .add("secret", secret)
                                            .build()
                                            .toString())
                            .status())
                    .isEqualTo(200);
            assertSealed(Db.text("SELECT secret FROM tracking_webhook WHERE account_id = ?", shop.id()), secret);

            var order = shop.api()
                    .post(
                            "/api/v1/orders",
                            DropshipMirroringIT.order("sealed-" + UUID.randomUUID(), Map.of("SEALED-1", 1)));
            assertThat(order.status()).isEqualTo(201);
            var shipment = shop.api()
                    .post(
                            "/api/v1/orders/" + order.json().getJsonNumber("id").longValue() + "/shipments",
                            "{\"carrier\":\"OTHER\",\"trackingNumber\":\"SEALED-PARCEL-1\",\"sendDate\":\""
                                    + LocalDate.now(ZoneOffset.UTC) + "\"}");
            assertThat(shipment.status()).isEqualTo(201);

            List<WebhookReceiver.Call> calls =
                    Imports.await(receiver::calls, c -> !c.isEmpty(), Duration.ofSeconds(60));
            // signed over "<timestamp>.<body>" (docs/api.md, Webhooks)
            String timestamp = calls.get(0).header("X-Gemlink-Timestamp");
            assertThat(calls.get(0).header("X-Gemlink-Signature"))
                    .isEqualTo("sha256="
                            + TrackingIT.hmac(
                                    secret,
                                    (timestamp + ".").getBytes(StandardCharsets.UTF_8),
                                    calls.get(0).body()));
        }
    }

    @Test
    void anExternalFeedTokenIsStoredSealedAndStillSentToTheFeed() {
        var distributor = Api.signup("Sealed Token Shop");
        String token = "ext-feed-token-" + UUID.randomUUID();
        String path = "/sealed/" + UUID.randomUUID() + "/feed.csv";
        feeds.serve(path, Feed.of("Outside Vendor", "CSV", List.of(new Row("ST-1", "10.00", 1, "Sealed ring"))));

        long source = Imports.createSource(
                distributor,
                "{\"feedUrl\":\"" + feeds.url(path) + "\",\"token\":\"" + token + "\",\"everyMinutes\":60}");
        assertSealed(Db.text("SELECT token FROM import_source WHERE id = ?", source), token);

        assertThat(Imports.run(distributor, source).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(feeds.lastAuthorization(path)).isEqualTo("Bearer " + token);
        assertSealed(Db.text("SELECT token FROM import_source WHERE id = ?", source), token);
    }

    static void assertSealed(String stored, String secret) {
        assertThat(stored)
                .as("stored value")
                .isNotNull()
                .startsWith("v1:")
                .doesNotContain(secret)
                .doesNotContain(secret.substring(secret.length() / 2));
    }
}
