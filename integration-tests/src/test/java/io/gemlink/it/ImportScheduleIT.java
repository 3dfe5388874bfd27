package io.gemlink.it;

import static io.gemlink.it.FeedServer.Feed;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The timer path, once in the suite (it waits for real time): a source every minute runs by itself
 * and again a minute later; while the distributor's dropshipping is off, scheduled runs are skipped
 * and the source says why; a run that outlasts the claim expiry keeps its source by refreshing its claim.
 * (Which sources are due, and once only after missed slots: ClaimStatementsTest; the next run time and
 * staleness: ScheduleTest.)
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
        assertThat(on.api()
                        .put("/api/v1/settings/dropshipping", "{\"enabled\":true,\"vendorOrderStatus\":null}")
                        .status())
                .isEqualTo(200);
        String path = ImportPipelineIT.path();
        feeds.serve(path, Feed.of(vendor.publicId(), "CSV", Imports.rows(2, "T-")));
        long running = Imports.createSource(on, "{\"feedUrl\": \"" + feeds.url(path) + "\", \"everyMinutes\": 1}");
        long paused = Imports.createSource(off, "{\"feedUrl\": \"" + feeds.url(path) + "\", \"everyMinutes\": 1}");
        long pausedByUser = Imports.createSource(
                on, "{\"feedUrl\": \"" + feeds.url(path) + "\", \"everyMinutes\": 1, \"paused\": true}");

        List<JsonObject> runs = Waits.until(
                "two finished scheduled runs",
                () -> finishedRuns(on, running),
                r -> r.size() >= 2,
                Duration.ofSeconds(150));

        JsonObject first = runs.get(runs.size() - 1);
        JsonObject second = runs.get(runs.size() - 2);
        assertThat(first.getString("trigger")).isEqualTo("SCHEDULE");
        assertThat(first.getString("status")).as(first.toString()).isEqualTo("SUCCEEDED");
        assertThat(first.getInt("created")).isEqualTo(2);
        assertThat(second.getString("trigger")).isEqualTo("SCHEDULE");
        assertThat(second.getBoolean("notModified")).as("unchanged feed: a 304").isTrue();
        assertThat(Duration.between(
                        Instant.parse(first.getString("startedAt")), Instant.parse(second.getString("startedAt"))))
                .as("one interval apart, not twice at once")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(55));

        JsonObject pausedView =
                off.api().get("/api/v1/import-sources/" + paused).json();
        assertThat(pausedView.getString("pausedReason")).contains("dropshipping is off");
        assertThat(off.api()
                        .get("/api/v1/import-sources/" + paused + "/runs")
                        .json()
                        .getInt("total"))
                .isZero();
        JsonObject runningView =
                on.api().get("/api/v1/import-sources/" + running).json();
        assertThat(runningView.isNull("pausedReason")).isTrue();
        assertThat(Instant.parse(runningView.getString("nextRunAt")))
                .isAfter(Instant.parse(second.getString("startedAt")));

        JsonObject pausedByUserView =
                on.api().get("/api/v1/import-sources/" + pausedByUser).json();
        assertThat(pausedByUserView.getBoolean("paused")).isTrue();
        assertThat(pausedByUserView.getString("pausedReason")).startsWith("paused");
        assertThat(on.api()
                        .get("/api/v1/import-sources/" + pausedByUser + "/runs")
                        .json()
                        .getInt("total"))
                .as("a paused source has no scheduled runs")
                .isZero();
        assertThat(Imports.run(on, pausedByUser).getString("status"))
                .as("Run now still runs")
                .isEqualTo("SUCCEEDED");

        // the database outlives this class: no more runs against this class's feed server
        assertThat(on.api()
                        .put(
                                "/api/v1/import-sources/" + running,
                                "{\"feedUrl\": \"" + feeds.url(path) + "\", \"everyMinutes\": 44640}")
                        .status())
                .isEqualTo(200);
    }

    /**
     * The server runs with a claim expiry of 1 minute (integration-tests/pom.xml): a run that takes longer
     * holds its source only because it refreshes its claim. "Run now" meanwhile answers that run instead of
     * starting a second one beside it, and the claim is free again once the run has ended.
     */
    @Test
    void aRunLongerThanTheClaimExpiryKeepsItsSourceAndReleasesItAtItsEnd() throws InterruptedException {
        var vendor = Api.signup("Slow Vendor");
        var distributor = Api.signup("Patient Distributor");
        String path = ImportPipelineIT.path();
        feeds.serveSlowly(
                path, Feed.of(vendor.publicId(), "CSV", Imports.rows(20, "L-")).withoutEtag(), Duration.ofSeconds(80));
        long source = Imports.createSource(distributor, Imports.source(feeds.url(path), ""));
        long first = Imports.runNow(distributor, source);
        Instant started = Instant.now();

        Thread.sleep(Duration.ofSeconds(70).toMillis()); // past the 1-minute expiry of a claim never refreshed
        var again = distributor.api().post("/api/v1/import-sources/" + source + "/runs", "");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().getJsonNumber("id").longValue())
                .as("the running run, not a second one")
                .isEqualTo(first);
        assertThat(again.json().getString("status")).isEqualTo("RUNNING");

        JsonObject run = Imports.awaitRun(distributor, source, first, Duration.ofSeconds(60));
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.getInt("created")).isEqualTo(20);
        assertThat(Duration.between(started, Instant.parse(run.getString("finishedAt"))))
                .isGreaterThan(Duration.ofSeconds(70));
        assertThat(distributor
                        .api()
                        .get("/api/v1/import-sources/" + source + "/runs")
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
        // released by the run that held it, right after it recorded its end
        Waits.until(
                "the source released",
                () -> distributor
                        .api()
                        .get("/api/v1/import-sources/" + source)
                        .json()
                        .getBoolean("running"),
                running -> !running,
                Duration.ofSeconds(10));

        feeds.serve(
                path, Feed.of(vendor.publicId(), "CSV", Imports.rows(20, "L-")).withoutEtag());
        JsonObject next = Imports.run(distributor, source);
        assertThat(next.getJsonNumber("id").longValue()).isNotEqualTo(first);
        assertThat(next.getString("status")).isEqualTo("SUCCEEDED");
    }

    private static List<JsonObject> finishedRuns(Api.Account account, long source) {
        return account
                .api()
                .get("/api/v1/import-sources/" + source + "/runs")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(r -> !"RUNNING".equals(r.getString("status")))
                .toList();
    }
}
