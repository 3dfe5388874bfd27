package io.gemlink.it;

import static io.gemlink.it.FeedServer.Feed;
import static io.gemlink.it.ImportPipelineIT.counters;
import static io.gemlink.it.ImportPipelineIT.path;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A bad feed never damages good data: HTTP errors, a read timeout, a truncated or unparsable body, a body
 * that breaks off or stalls in the middle fail the run and change nothing — every failing feed carries
 * CHANGED prices and stock, so a single row written would show; malformed rows are rejected one by one.
 * Also the API's own guards: bad input names the field, another account's source is not found.
 * The server runs with gemlink.linking.read-timeout-seconds=3 (integration-tests/pom.xml), so that a stall
 * of 8 s is a read timeout; the write batches keep their default size (gemlink.linking.batch-size 1000).
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
        List<List<String>> stored = linkedRows(source);

        // every failing answer below carries other prices and stock than the stored rows (and one row less
        // than the stored five: with "missing": "DELETE" a run that went through would also delete F-5)
        List<FeedServer.Row> changed = changedRows(4, "F-");
        assertFails(distributor, source, path, Feed.status(404), "404");
        assertFails(distributor, source, path, Feed.status(500), "500");
        assertFails(distributor, source, path, Feed.status(401), "401");
        assertFails(
                distributor,
                source,
                path,
                Feed.of(vendor.publicId(), "CSV", changed).withoutEtag().delayedBy(8_000),
                "timeout");
        assertFails(
                distributor,
                source,
                path,
                Feed.of(vendor.publicId(), "CSV", changed).declaring(7),
                "truncated");
        String json = FeedServer.render(Feed.of(vendor.publicId(), "JSON", changed));
        assertFails(
                distributor,
                source,
                path,
                Feed.of(vendor.publicId(), "JSON", changed)
                        .cutAt(json.length() / 2)
                        .declaring(4),
                "JSON");
        String xml = FeedServer.render(Feed.of(vendor.publicId(), "XML", changed));
        assertFails(
                distributor,
                source,
                path,
                Feed.of(vendor.publicId(), "XML", changed).raw(xml.substring(0, xml.length() / 2), 4),
                "XML");

        assertThat(Imports.products(distributor, source))
                .as("every failure left the products as they were")
                .isEqualTo(before);
        assertThat(linkedRows(source)).as("stored rows, column by column").isEqualTo(stored);
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
        // each row's message names its own field (the row numbers count the feed's products from 1)
        assertThat(errors.get(0).getString("message")).startsWith("price:");
        assertThat(errors.get(1).getString("message")).startsWith("sku: is required");
        assertThat(errors.get(2).getString("message")).startsWith("quantity:");
        assertThat(errors.get(3).getString("message")).startsWith("metal:");
        assertThat(errors.get(4).getString("message")).contains("columns");
        assertThat(errors.get(5).getString("message")).contains("repeats row 1");
        assertThat(Imports.products(distributor, source))
                .extracting(p -> p.getString("sku"))
                .containsExactly("S" + source + "-G-1", "S" + source + "-G-8");
    }

    @Test
    void badInputNamesTheFieldAndOtherAccountsSourcesAreNotFound() {
        var distributor = Api.signup("Strict Distributor");
        var other = Api.signup("Nosy Distributor");

        var bad = distributor
                .api()
                .post(
                        "/api/v1/import-sources",
                        "{\"feedUrl\": \"ftp://x\", \"everyMinutes\": 0,"
                                + " \"priceRule\": {\"markupPercent\": \"ten\", \"rounding\": \"UP\"},"
                                + " \"stockBuffer\": -1, \"missing\": \"BURN\"}");
        assertThat(bad.status())
                .as("a value of the wrong JSON type is 400, before the rules")
                .isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("priceRule.markupPercent");
        var bad2 = distributor
                .api()
                .post(
                        "/api/v1/import-sources",
                        "{\"feedUrl\": \"ftp://x\", \"everyMinutes\": 0,"
                                + " \"priceRule\": {\"rounding\": \"UP\"}, \"stockBuffer\": -1, \"missing\":"
                                + " \"BURN\", \"keep\": [\"quantity\"]}");
        assertThat(bad2.status()).isEqualTo(422);
        assertThat(bad2.errorFields())
                .containsExactlyInAnyOrder(
                        "feedUrl", "everyMinutes", "priceRule.rounding", "stockBuffer", "missing", "keep");
        assertThat(distributor.api().post("/api/v1/import-sources", "{}").errorFields())
                .containsExactly("feedUrl");
        assertThat(distributor.api().get("/api/v1/import-sources").json().getInt("total"))
                .isZero();

        long source = Imports.createSource(distributor, Imports.source("http://" + FeedServer.HOST + ":9/feeds/1", ""));
        JsonObject view =
                distributor.api().get("/api/v1/import-sources/" + source).json();
        assertThat(view.getBoolean("hasToken")).isTrue();
        assertThat(view.toString()).doesNotContain("grant-token-1");

        assertThat(other.api().get("/api/v1/import-sources/" + source).status()).isEqualTo(404);
        assertThat(other.api()
                        .post("/api/v1/import-sources/" + source + "/runs", "")
                        .status())
                .isEqualTo(404);
        assertThat(other.api()
                        .get("/api/v1/import-sources/" + source + "/products")
                        .status())
                .isEqualTo(404);
        assertThat(other.api()
                        .send("DELETE", "/api/v1/import-sources/" + source, "application/json", "")
                        .status())
                .isEqualTo(404);
        assertThat(distributor
                        .api()
                        .send("DELETE", "/api/v1/import-sources/" + source, "application/json", "")
                        .status())
                .isEqualTo(204);
        assertThat(distributor.api().get("/api/v1/import-sources/" + source).status())
                .isEqualTo(404);
    }

    /** Three write batches at the default gemlink.linking.batch-size (1000): a break after two shows. */
    private static final int BIG = 3_000;

    /**
     * A source that has taken the whole feed asks next for the changes since the feed's generatedAt: a
     * body that breaks off or stalls beyond two write batches fails that run, changes no product, and
     * leaves the source's {@code since}, ETag and counts as they were, so the next run asks the same.
     */
    @Test
    void aChangesOnlyFetchThatBreaksOffOrStallsMidBodyChangesNothing() {
        breaksOffOrStalls(true);
    }

    /** As above for a source fetching the whole feed with its ETag (the feed sends no generatedAt). */
    @Test
    void aWholeFeedFetchThatBreaksOffOrStallsMidBodyChangesNothing() {
        breaksOffOrStalls(false);
    }

    private static void breaksOffOrStalls(boolean changesOnly) {
        var vendor = Api.signup("Broken Pipe Vendor");
        var distributor = Api.signup("Broken Pipe Distributor");
        String path = path();
        Feed good = Feed.of(vendor.publicId(), "CSV", Imports.rows(BIG, "M-"));
        feeds.serve(path, changesOnly ? good.generatedAt("2026-11-27T01:00:00Z") : good);
        long source = Imports.createSource(distributor, Imports.source(feeds.url(path), "\"missing\": \"DELETE\""));
        JsonObject first = Imports.run(distributor, source);
        assertThat(counters(first)).as(first.toString()).containsExactly(BIG, BIG, 0, 0, 0, 0);
        List<List<String>> stored = linkedRows(source);
        List<String> state = sourceState(source);
        assertThat(state.get(0)).as("the good run's ETag is kept").isNotNull();
        assertThat(state.get(1) != null)
                .as("since kept only when the feed sends X-Feed-Generated-At")
                .isEqualTo(changesOnly);

        // the same products with other prices and stock; no X-Feed-Rows: only the transport can tell
        Feed changed = Feed.of(vendor.publicId(), "CSV", changedRows(BIG, "M-"))
                .withoutRowCount()
                .generatedAt("2026-11-28T01:00:00Z");
        String body = FeedServer.render(changed);
        int twoBatches = body.indexOf("\r\nM-2001,") + 2;
        int midRow = body.indexOf("\r\nM-2501,") + 2 + "M-2501,2".length(); // inside the price of row 2501
        assertThat(midRow)
                .as("the break comes after two batches' rows")
                .isGreaterThan(twoBatches)
                .isGreaterThan(2);

        List<FeedServer.Request> asked = new ArrayList<>();
        for (var broken : List.of(
                new Broken(
                        changed.brokenAt(midRow),
                        "broke off",
                        "connection dropped, Content-Length announced the whole body"),
                new Broken(
                        changed.brokenChunkedAt(midRow),
                        "broke off",
                        "connection dropped, chunked without its last chunk"),
                new Broken(
                        changed.stalledAt(midRow, Duration.ofSeconds(8)),
                        // the 3 s come from LinkingConfig, set by integration-tests/pom.xml: the config group works
                        "more than 3 s (read timeout)",
                        "silent for 8 s, then the rest"))) {
            feeds.serve(path, broken.feed());
            JsonObject run = Imports.run(distributor, source);
            assertThat(run.getString("status")).as(broken.what() + ": " + run).isEqualTo("FAILED");
            assertThat(run.getString("failure")).as(broken.what()).contains(broken.failure());
            assertThat(run.getBoolean("changesOnly"))
                    .as(broken.what() + ": " + run)
                    .isEqualTo(changesOnly);
            assertThat(counters(run)).as(broken.what() + ": nothing counted").containsExactly(0, 0, 0, 0, 0, 0);
            assertThat(linkedRows(source))
                    .as(broken.what() + ": every stored row, column by column")
                    .isEqualTo(stored);
            assertThat(sourceState(source))
                    .as(broken.what() + ": ETag, since, counts of the last good run")
                    .isEqualTo(state);
            asked.add(feeds.lastRequest(path));
        }

        feeds.serve(path, changed.declaring(BIG));
        JsonObject recovered = Imports.run(distributor, source);
        asked.add(feeds.lastRequest(path));
        assertThat(asked)
                .as("every run after a failure asks exactly what the first one asked")
                .containsOnly(asked.get(0));
        assertThat(asked.get(0))
                .isEqualTo(
                        changesOnly
                                ? new FeedServer.Request("since=2026-11-27T01%3A00%3A00Z", "")
                                : new FeedServer.Request("", state.get(0)));
        assertThat(recovered.getString("status")).as(recovered.toString()).isEqualTo("SUCCEEDED");
        assertThat(counters(recovered))
                .as("the complete answer changes every product: the failures could have")
                .containsExactly(BIG, 0, BIG, 0, 0, 0);
        List<List<String>> after = linkedRows(source);
        assertThat(after)
                .extracting(r -> r.get(0))
                .containsExactlyElementsOf(stored.stream().map(r -> r.get(0)).toList());
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).get(1))
                    .as("price of " + after.get(i).get(0) + " now the changed feed's")
                    .isNotEqualTo(stored.get(i).get(1));
        }
    }

    private record Broken(Feed feed, String failure, String what) {}

    /** The rows of {@code Imports.rows} with other prices and stock (and other titles). */
    static List<FeedServer.Row> changedRows(int count, String prefix) {
        return Imports.rows(count, prefix).stream()
                .map(r -> new FeedServer.Row(r.sku(), "7" + r.price(), r.quantity() + 3, r.title() + " (new)"))
                .toList();
    }

    /** The source's linked products as stored: every column that an import writes. */
    static List<List<String>> linkedRows(long source) {
        return Db.rows(
                "SELECT sku, price, quantity, title, currency, updated_at, version, link_last_synced_at,"
                        + " link_content_hash FROM product WHERE link_source_id = ? ORDER BY sku",
                source);
    }

    /** What the source learned from its last good run, and what its next fetch asks with. */
    static List<String> sourceState(long source) {
        return Db.rows(
                        "SELECT etag, changes_since, last_full_at, last_good_count, last_confirmed_at FROM"
                                + " import_source"
                                + " WHERE id = ?",
                        source)
                .get(0);
    }

    private static void assertFails(Api.Account distributor, long source, String path, Feed feed, String because) {
        feeds.serve(path, feed);
        JsonObject run = Imports.run(distributor, source);
        assertThat(run.getString("status")).as(because + ": " + run).isEqualTo("FAILED");
        assertThat(run.getString("failure")).as(because).containsIgnoringCase(because);
        assertThat(counters(run)).as(because + ": nothing written").containsExactly(0, 0, 0, 0, 0, 0);
    }
}
