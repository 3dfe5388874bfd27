package io.gemlink.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.gemlink.it.FeedServer.Feed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timer path, once in the suite (it waits for real time): a source every minute runs by itself
 * and again a minute later; while the distributor's dropshipping is off, scheduled runs are skipped
 * and the source says why. (The due-time logic itself is unit-tested in ScheduleTest.)
 */
@ExtendWith(ArquillianExtension.class)
class ImportScheduleIT {

    @RegisterExtension
    static final FeedServer feeds = FeedServer.start();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void sourcesRunOnTheirScheduleOnlyWhileDropshippingIsOn() {
        var vendor = Api.signup("Scheduled Vendor");
        var on = Api.signup("Scheduled Distributor");
        var off = Api.signup("Paused Distributor");
        assertThat(on.api().put("/api/v1/settings/dropshipping", "{\"enabled\":true,\"vendorOrderStatus\":null}").status())
                .isEqualTo(200);
        String path = ImportPipelineIT.path();
        feeds.serve(path, Feed.of(vendor.publicId(), "CSV", Imports.rows(2, "T-")));
        long running = Imports.createSource(on, "{\"feedUrl\": \"" + feeds.url(path) + "\", \"everyMinutes\": 1}");
        long paused = Imports.createSource(off, "{\"feedUrl\": \"" + feeds.url(path) + "\", \"everyMinutes\": 1}");
        long pausedByUser = Imports.createSource(on, "{\"feedUrl\": \"" + feeds.url(path)
                + "\", \"everyMinutes\": 1, \"paused\": true}");

        List<JsonObject> runs = Imports.await(() -> finishedRuns(on, running), r -> r.size() >= 2, Duration.ofSeconds(150));

        JsonObject first = runs.get(runs.size() - 1);
        JsonObject second = runs.get(runs.size() - 2);
        assertThat(first.getString("trigger")).isEqualTo("SCHEDULE");
        assertThat(first.getString("status")).as(first.toString()).isEqualTo("SUCCEEDED");
        assertThat(first.getInt("created")).isEqualTo(2);
        assertThat(second.getString("trigger")).isEqualTo("SCHEDULE");
        assertThat(second.getBoolean("notModified")).as("unchanged feed: a 304").isTrue();
        assertThat(Duration.between(Instant.parse(first.getString("startedAt")), Instant.parse(second.getString("startedAt"))))
                .as("one interval apart, not twice at once").isGreaterThanOrEqualTo(Duration.ofSeconds(55));

        JsonObject pausedView = off.api().get("/api/v1/import-sources/" + paused).json();
        assertThat(pausedView.getString("pausedReason")).contains("dropshipping is off");
        assertThat(off.api().get("/api/v1/import-sources/" + paused + "/runs").json().getInt("total")).isZero();
        JsonObject runningView = on.api().get("/api/v1/import-sources/" + running).json();
        assertThat(runningView.isNull("pausedReason")).isTrue();
        assertThat(Instant.parse(runningView.getString("nextRunAt"))).isAfter(Instant.parse(second.getString("startedAt")));

        JsonObject pausedByUserView = on.api().get("/api/v1/import-sources/" + pausedByUser).json();
        assertThat(pausedByUserView.getBoolean("paused")).isTrue();
        assertThat(pausedByUserView.getString("pausedReason")).startsWith("paused");
        assertThat(on.api().get("/api/v1/import-sources/" + pausedByUser + "/runs").json().getInt("total"))
                .as("a paused source has no scheduled runs").isZero();
        assertThat(Imports.run(on, pausedByUser).getString("status")).as("Run now still runs").isEqualTo("SUCCEEDED");

        // the database outlives this class: no more runs against this class's feed server
        assertThat(on.api().put("/api/v1/import-sources/" + running, "{\"feedUrl\": \"" + feeds.url(path)
                + "\", \"everyMinutes\": 44640}").status()).isEqualTo(200);
    }

    private static List<JsonObject> finishedRuns(Api.Account account, long source) {
        return account.api().get("/api/v1/import-sources/" + source + "/runs").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(r -> !"RUNNING".equals(r.getString("status"))).toList();
    }
}
