package io.gemlink.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static io.gemlink.it.ImportPipelineIT.counters;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vendor and distributor in one deployment, end to end over real HTTP: a vendor's catalog, a feed and
 * a grant (feeds-module) imported by the distributor's source (linking-module); then a stock change
 * at the vendor reaches the linked product by the ProductsChanged event, before the next scheduled run.
 */
@ExtendWith(ArquillianExtension.class)
class ImportEndToEndIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aVendorsFeedImportsAndAVendorStockChangeReachesTheLinkedProductQuickly() {
        var vendor = FeedDeliveryIT.vendorWithCatalog("End To End Gems");
        var distributor = Api.signup("End To End Boutique");
        assertThat(distributor.api().put("/api/v1/settings/dropshipping", "{\"enabled\":true,\"vendorOrderStatus\":null}")
                .status()).isEqualTo(200);
        long feed = FeedDeliveryIT.createFeed(vendor, "XML");
        JsonObject grant = FeedDeliveryIT.grant(vendor, feed, distributor.publicId());
        long source = Imports.createSource(distributor, "{\"feedUrl\": \"" + grant.getString("url") + "\", \"token\": \""
                + grant.getString("token") + "\", \"everyMinutes\": 1440, \"priceRule\": {\"markupPercent\": 20,"
                + " \"rounding\": \"WHOLE\"}, \"stockBuffer\": 1}");

        JsonObject run = Imports.run(distributor, source);

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(counters(run)).containsExactly(2, 2, 0, 0, 0, 0);
        JsonObject ring = Imports.product(distributor, source, vendor.publicId() + "-G-RING");
        assertThat(ring.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("122.00"); // 100.99 × 1.2 → whole
        assertThat(ring.getInt("quantity")).isEqualTo(4);
        assertThat(ring.getString("title")).isEqualTo("Gold ring, \"classic\"");
        assertThat(Imports.run(distributor, source).getBoolean("notModified")).as("unchanged vendor feed: 304").isTrue();

        var patch = vendor.api().send("PATCH", "/api/v1/products/G-RING", "application/json", "{\"quantity\": 9}");
        assertThat(patch.status()).as(patch.body()).isEqualTo(200);

        JsonObject followed = Imports.await(() -> Imports.product(distributor, source, vendor.publicId() + "-G-RING"),
                p -> p.getInt("quantity") == 8, Duration.ofSeconds(90));
        assertThat(followed.getInt("quantity")).isEqualTo(8);
        long latestId = distributor.api().get("/api/v1/import-sources/" + source + "/runs").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject latest = Imports.awaitRun(distributor, source, latestId);
        assertThat(latest.getString("trigger")).as("brought by the vendor's change, not a daily run").isEqualTo("SCHEDULE");
        assertThat(latest.getInt("updated")).isEqualTo(1);
    }
}
