package io.gemlink.it;

import static io.gemlink.it.FeedServer.Feed;
import static io.gemlink.it.FeedServer.Row;
import static io.gemlink.it.ImportPipelineIT.counters;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A 100,000-product feed on the test server's default heap: it imports completely, and a re-run
 * where 1% changed writes exactly that 1%. Prints the run times (docs/linking-measurements.md);
 * asserts behaviour, not time.
 */
@ExtendWith(ArquillianExtension.class)
class ImportVolumeIT {

    private static final int PRODUCTS = Integer.getInteger("gemlink.volume.products", 100_000);

    @RegisterExtension
    static final FeedServer feeds = FeedServer.start();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aHundredThousandProductFeedImportsAndAOnePercentChangeWritesOnlyThat() {
        var vendor = Api.signup("Volume Vendor");
        var distributor = Api.signup("Volume Distributor");
        String path = ImportPipelineIT.path();
        List<Row> rows = new ArrayList<>(PRODUCTS);
        for (int i = 0; i < PRODUCTS; i++) {
            rows.add(new Row("V-" + i, (50 + i % 900) + ".25", i % 17, "Volume ring " + i));
        }
        feeds.serve(path, Feed.of(vendor.publicId(), "CSV", rows).withoutEtag());
        long source = Imports.createSource(
                distributor,
                Imports.source(
                        feeds.url(path), "\"priceRule\": {\"markupPercent\": 15, \"rounding\": \"NINETY_NINE\"}"));

        JsonObject first =
                Imports.awaitRun(distributor, source, Imports.runNow(distributor, source), Duration.ofMinutes(10));
        assertThat(first.getString("status")).as(first.toString()).isEqualTo("SUCCEEDED");
        assertThat(counters(first)).containsExactly(PRODUCTS, PRODUCTS, 0, 0, 0, 0);

        int changes = PRODUCTS / 100;
        for (int i = 0; i < changes; i++) {
            int at = i * 100;
            rows.set(at, new Row("V-" + at, "999.00", 3, "Volume ring " + at));
        }
        feeds.serve(path, Feed.of(vendor.publicId(), "CSV", rows).withoutEtag());
        JsonObject second =
                Imports.awaitRun(distributor, source, Imports.runNow(distributor, source), Duration.ofMinutes(10));
        assertThat(counters(second)).containsExactly(PRODUCTS, 0, changes, PRODUCTS - changes, 0, 0);

        System.out.printf(
                "ImportVolumeIT: %d products imported in %s; re-run with %d changed in %s%n",
                PRODUCTS, took(first), changes, took(second));
    }

    private static Duration took(JsonObject run) {
        return Duration.between(Instant.parse(run.getString("startedAt")), Instant.parse(run.getString("finishedAt")));
    }
}
