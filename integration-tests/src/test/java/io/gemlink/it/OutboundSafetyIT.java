package io.gemlink.it;

import static io.gemlink.it.FeedServer.Feed;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No door inward: partners' URLs (external import feeds, tracking webhooks) never reach this machine's
 * loopback, its private networks or this server's own ports — refused when saved (422 naming the field)
 * and, when a host only leads inward later (here: a redirect), when the connection is made.
 * {@code ./gemlink test} allows 127.0.0.2 (the tests' feed server and webhook receiver) and nothing else;
 * {@link #inside} listens on 127.0.0.1, as an internal service would, and must never be reached.
 */
@ExtendWith(ArquillianExtension.class)
class OutboundSafetyIT {

    @RegisterExtension
    static final FeedServer feeds = FeedServer.start();

    @RegisterExtension
    static final FeedServer inside = FeedServer.startOn("127.0.0.1");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Inward URLs: loopback in every spelling, the cloud metadata address, and this server's own ports. */
    private static List<String> inwardUrls(String path) {
        int port = inside.port();
        return List.of(
                "http://127.0.0.1:" + port + path,
                "http://[::1]:" + port + path,
                "http://0.0.0.0:" + port + path,
                "http://localhost:" + port + path,
                "http://[::ffff:127.0.0.1]:" + port + path,
                "http://169.254.169.254/latest/meta-data/",
                "http://" + FeedServer.HOST + ":8080/feeds/1",
                "http://" + FeedServer.HOST + ":4848/");
    }

    @Test
    void importSourcesThatLeadInwardAreRefusedWhenSaved() {
        var vendor = Api.signup("Inward Vendor");
        var distributor = Api.signup("Inward Distributor");
        String path = ImportPipelineIT.path();
        inside.serve(path, Feed.of(vendor.publicId(), "CSV", Imports.rows(2, "IN-")));
        feeds.serve(path, Feed.of(vendor.publicId(), "CSV", Imports.rows(2, "OUT-")));

        for (String url : inwardUrls(path)) {
            var refused = distributor.api().post("/api/v1/import-sources", Imports.source(url, ""));
            assertThat(refused.status()).as(url + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.errorFields()).as(url).containsExactly("feedUrl");
            assertThat(refused.body()).as(url).contains("address not allowed");
        }
        assertThat(distributor.api().get("/api/v1/import-sources").json().getInt("total"))
                .isZero();

        long source = Imports.createSource(distributor, Imports.source(feeds.url(path), ""));
        assertThat(Imports.run(distributor, source).getString("status")).isEqualTo("SUCCEEDED");
        var moved = distributor.api().put("/api/v1/import-sources/" + source, Imports.source(inside.url(path), ""));
        assertThat(moved.status()).as(moved.body()).isEqualTo(422);
        assertThat(moved.errorFields()).containsExactly("feedUrl");
        assertThat(distributor
                        .api()
                        .get("/api/v1/import-sources/" + source)
                        .json()
                        .getString("feedUrl"))
                .isEqualTo(feeds.url(path));
        assertThat(inside.hits(path)).as("nothing reached the inside server").isZero();
    }

    @Test
    void aFeedThatRedirectsInwardFailsTheRunAndChangesNothing() {
        var vendor = Api.signup("Redirecting Vendor");
        var distributor = Api.signup("Redirected Distributor");
        String path = ImportPipelineIT.path();
        feeds.serve(path, Feed.of(vendor.publicId(), "CSV", Imports.rows(3, "R-")));
        long source = Imports.createSource(distributor, Imports.source(feeds.url(path), ""));
        assertThat(Imports.run(distributor, source).getString("status")).isEqualTo("SUCCEEDED");

        inside.serve(path, Feed.of(vendor.publicId(), "CSV", Imports.rows(1, "SECRET-")));
        feeds.redirect(path, inside.url(path)); // the URL was fine when saved; its answer now leads inward
        JsonObject run = Imports.run(distributor, source);

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("FAILED");
        assertThat(run.getString("failure")).isEqualTo("address not allowed: a loopback address");
        assertThat(inside.hits(path)).as("the redirect was not followed there").isZero();
        assertThat(Imports.products(distributor, source))
                .extracting(p -> p.getString("sku"))
                .containsExactlyInAnyOrder("S" + source + "-R-1", "S" + source + "-R-2", "S" + source + "-R-3");
    }

    @Test
    void webhooksThatLeadInwardAreRefusedWhenSaved() throws Exception {
        var shop = Api.signup("Inward Shop");
        for (String url : inwardUrls("/hooks/tracking")) {
            var refused = shop.api().put("/api/v1/settings/tracking-webhook", webhook(url));
            assertThat(refused.status()).as(url + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.errorFields()).as(url).containsExactly("url");
            assertThat(refused.body()).as(url).contains("address not allowed");
            var refusedWithEvents = shop.api()
                    .put(
                            "/api/v1/settings/webhook",
                            Json.createObjectBuilder(Json.createReader(new java.io.StringReader(webhook(url)))
                                            .readObject())
                                    .add("events", Json.createArrayBuilder().add("dropship_order.created"))
                                    .build()
                                    .toString());
            assertThat(refusedWithEvents.status())
                    .as(url + ": " + refusedWithEvents.body())
                    .isEqualTo(422);
            assertThat(refusedWithEvents.errorFields()).as(url).containsExactly("url");
        }
        assertThat(shop.api().get("/api/v1/settings/tracking-webhook").status()).isEqualTo(404);
        assertThat(shop.api().get("/api/v1/settings/webhook").status()).isEqualTo(404);
        try (WebhookReceiver receiver = new WebhookReceiver(200)) {
            assertThat(shop.api()
                            .put("/api/v1/settings/tracking-webhook", webhook(receiver.url()))
                            .status())
                    .isEqualTo(200);
        }
    }

    private static String webhook(String url) {
        return Json.createObjectBuilder()
                .add("url", url)
                .add("secret", "whsec-0123456789abcdef")
                .build()
                .toString();
    }
}
