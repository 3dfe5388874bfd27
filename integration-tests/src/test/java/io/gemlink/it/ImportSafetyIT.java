package io.gemlink.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static io.gemlink.it.FeedServer.Feed;
import static io.gemlink.it.ImportPipelineIT.counters;
import static io.gemlink.it.ImportPipelineIT.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad feed never damages good data: HTTP errors, a read timeout, a truncated or unparsable body
 * fail the run and change nothing; malformed rows are rejected one by one. Also the API's own
 * guards: bad input names the field, another account's source is not found.
 * The server runs with gemlink.linking.read-timeout-seconds=3 (integration-tests/pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
class ImportSafetyIT {

    @RegisterExtension
    static final FeedServer feeds = FeedServer.start();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void failingFeedsFailTheRunAndChangeNothing() {
        var vendor = Api.signup("Flaky Vendor");
        var distributor = Api.signup("Patient Distributor");
        String path = path();
        Feed good = Feed.of(vendor.publicId(), "CSV", Imports.rows(5, "F-")).withoutEtag();
        feeds.serve(path, good);
        long source = Imports.createSource(distributor, Imports.source(feeds.url(path), "\"missing\": \"DELETE\""));
        assertThat(Imports.run(distributor, source).getString("status")).isEqualTo("SUCCEEDED");
        List<JsonObject> before = Imports.products(distributor, source);

        var changed = Feed.of(vendor.publicId(), "CSV", List.of(new FeedServer.Row("F-1", "1.00", 0, "Changed"))).withoutEtag();
        assertFails(distributor, source, path, Feed.status(404), "404");
        assertFails(distributor, source, path, Feed.status(500), "500");
        assertFails(distributor, source, path, Feed.status(401), "401");
        assertFails(distributor, source, path, changed.delayedBy(8_000), "timeout");
        assertFails(distributor, source, path, Feed.of(vendor.publicId(), "CSV", Imports.rows(5, "F-")).declaring(7), "truncated");
        String json = FeedServer.render(Feed.of(vendor.publicId(), "JSON", Imports.rows(5, "F-")));
        assertFails(distributor, source, path, Feed.of(vendor.publicId(), "JSON", Imports.rows(5, "F-"))
                .cutAt(json.length() / 2).declaring(5), "JSON");
        String xml = FeedServer.render(Feed.of(vendor.publicId(), "XML", Imports.rows(5, "F-")));
        assertFails(distributor, source, path, Feed.of(vendor.publicId(), "XML", Imports.rows(5, "F-"))
                .raw(xml.substring(0, xml.length() / 2), 5), "XML");

        assertThat(Imports.products(distributor, source)).as("every failure left the products as they were")
                .isEqualTo(before);
        feeds.serve(path, good);
        JsonObject recovered = Imports.run(distributor, source);
        assertThat(counters(recovered)).containsExactly(5, 0, 0, 5, 0, 0);
    }

    @Test
    void malformedRowsAreRejectedOneByOneAndTheRestImports() {
        var vendor = Api.signup("Sloppy Vendor");
        var distributor = Api.signup("Tolerant Distributor");
        String path = path();
        String csv = "sku,price,quantity,updatedAt,removed,title,metal\r\n"
                + "G-1,100.00,2,2026-11-26T10:00:00Z,,Good one,GOLD\r\n"
                + "G-2,not-a-price,2,2026-11-26T10:00:00Z,,Bad price,GOLD\r\n"
                + ",100.00,2,2026-11-26T10:00:00Z,,No sku,GOLD\r\n"
                + "G-4,100.00,-1,2026-11-26T10:00:00Z,,Negative stock,GOLD\r\n"
                + "G-5,100.00,1,2026-11-26T10:00:00Z,,Tin ring,TIN\r\n"
                + "G-6,100.00\r\n"
                + "G-1,100.00,2,2026-11-26T10:00:00Z,,Duplicate,GOLD\r\n"
                + "G-8,55.00,1,2026-11-26T10:00:00Z,,Good two,SILVER\r\n";
        feeds.serve(path, Feed.of(vendor.publicId(), "CSV", List.of()).raw(csv, 8));
        long source = Imports.createSource(distributor, Imports.source(feeds.url(path), ""));

        JsonObject run = Imports.run(distributor, source);

        assertThat(run.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(counters(run)).containsExactly(8, 2, 0, 0, 0, 6);
        List<JsonObject> errors = run.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(e -> e.getInt("row")).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(errors).extracting(e -> e.getString("message"))
                .anySatisfy(m -> assertThat(m).startsWith("price:"))
                .anySatisfy(m -> assertThat(m).startsWith("sku: is required"))
                .anySatisfy(m -> assertThat(m).startsWith("quantity:"))
                .anySatisfy(m -> assertThat(m).startsWith("metal:"))
                .anySatisfy(m -> assertThat(m).contains("columns"))
                .anySatisfy(m -> assertThat(m).contains("repeats row 1"));
        assertThat(Imports.products(distributor, source)).extracting(p -> p.getString("sku"))
                .containsExactly("S" + source + "-G-1", "S" + source + "-G-8");
    }

    @Test
    void badInputNamesTheFieldAndOtherAccountsSourcesAreNotFound() {
        var distributor = Api.signup("Strict Distributor");
        var other = Api.signup("Nosy Distributor");

        var bad = distributor.api().post("/api/v1/import-sources", "{\"feedUrl\": \"ftp://x\", \"everyMinutes\": 0,"
                + " \"priceRule\": {\"markupPercent\": \"ten\", \"rounding\": \"UP\"}, \"stockBuffer\": -1, \"missing\": \"BURN\"}");
        assertThat(bad.status()).isIn(400, 422); // a value of the wrong JSON type is 400, before the rules
        assertThat(bad.errorFields()).contains("priceRule.markupPercent");
        var bad2 = distributor.api().post("/api/v1/import-sources", "{\"feedUrl\": \"ftp://x\", \"everyMinutes\": 0,"
                + " \"priceRule\": {\"rounding\": \"UP\"}, \"stockBuffer\": -1, \"missing\": \"BURN\", \"keep\": [\"quantity\"]}");
        assertThat(bad2.status()).isEqualTo(422);
        assertThat(bad2.errorFields()).containsExactlyInAnyOrder("feedUrl", "everyMinutes", "priceRule.rounding",
                "stockBuffer", "missing", "keep");
        assertThat(distributor.api().post("/api/v1/import-sources", "{}").errorFields()).containsExactly("feedUrl");
        assertThat(distributor.api().get("/api/v1/import-sources").json().getInt("total")).isZero();

        long source = Imports.createSource(distributor, Imports.source("http://" + FeedServer.HOST + ":9/feeds/1", ""));
        JsonObject view = distributor.api().get("/api/v1/import-sources/" + source).json();
        assertThat(view.getBoolean("hasToken")).isTrue();
        assertThat(view.toString()).doesNotContain("grant-token-1");

        assertThat(other.api().get("/api/v1/import-sources/" + source).status()).isEqualTo(404);
        assertThat(other.api().post("/api/v1/import-sources/" + source + "/runs", "").status()).isEqualTo(404);
        assertThat(other.api().get("/api/v1/import-sources/" + source + "/products").status()).isEqualTo(404);
        assertThat(other.api().send("DELETE", "/api/v1/import-sources/" + source, "application/json", "").status()).isEqualTo(404);
        assertThat(distributor.api().send("DELETE", "/api/v1/import-sources/" + source, "application/json", "").status())
                .isEqualTo(204);
        assertThat(distributor.api().get("/api/v1/import-sources/" + source).status()).isEqualTo(404);
    }

    private static void assertFails(Api.Account distributor, long source, String path, Feed feed, String because) {
        feeds.serve(path, feed);
        JsonObject run = Imports.run(distributor, source);
        assertThat(run.getString("status")).as(because + ": " + run).isEqualTo("FAILED");
        assertThat(run.getString("failure")).as(because).containsIgnoringCase(because);
        assertThat(counters(run)).as(because + ": nothing written").containsExactly(0, 0, 0, 0, 0, 0);
    }
}
