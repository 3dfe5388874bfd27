package io.gemlink.it;

import static io.gemlink.it.FeedServer.Feed;
import static io.gemlink.it.FeedServer.Row;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The import pipeline on the real server and database, fed over real HTTP by {@link FeedServer}:
 * full imports in the three formats, change detection, the missing-products rules, two vendors. These
 * feeds come with no grant of this deployment, so their sources are external: the rows become the
 * distributor's own products ({@code S<sourceId>-<sku>}), whatever vendor the feed names.
 */
@ExtendWith(ArquillianExtension.class)
class ImportPipelineIT {

    @RegisterExtension
    static final FeedServer feeds = FeedServer.start();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void csvFeedImportsFullyWithPriceRuleAndStockBufferAndAnUnchangedFeedWritesNothing() {
        var vendor = Api.signup("Aurora Fine Jewelry");
        var distributor = Api.signup("Northern Resellers");
        String path = path();
        feeds.serve(
                path,
                Feed.of(
                        vendor.publicId(),
                        "CSV",
                        List.of(
                                new Row("R-1", "100.00", 4, "Solitaire ring"),
                                new Row("R-2", "250.50", 1, "Halo ring"),
                                new Row("E-1", "80.00", 10, "Stud earrings"))));
        long source = Imports.createSource(
                distributor,
                Imports.source(
                        feeds.url(path),
                        "\"priceRule\": {\"markupPercent\": 10, \"rounding\": \"NINETY_NINE\"}, \"stockBuffer\": 2"));

        JsonObject first = Imports.run(distributor, source);

        assertThat(first.getString("status")).as(first.toString()).isEqualTo("SUCCEEDED");
        assertThat(counters(first)).containsExactly(3, 3, 0, 0, 0, 0);
        assertThat(first.getInt("progress")).isEqualTo(100);
        assertThat(feeds.lastAuthorization(path)).isEqualTo("Bearer grant-token-1");
        JsonObject ring = Imports.product(distributor, source, "S" + source + "-R-1");
        assertThat(ring.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("110.99");
        assertThat(ring.getInt("quantity")).isEqualTo(2);
        assertThat(Imports.product(distributor, source, "S" + source + "-R-2").getInt("quantity"))
                .isZero();
        JsonObject link = ring.getJsonObject("link");
        assertThat(link.isNull("vendorPublicId"))
                .as("the feed claims " + vendor.publicId() + ", which links nothing")
                .isTrue();
        assertThat(link.getString("vendorSku")).isEqualTo("R-1");
        assertThat(link.getJsonNumber("sourceId").longValue()).isEqualTo(source);
        assertThat(link.getString("lastSyncedAt")).isNotBlank();

        JsonObject unchangedFeed = Imports.run(distributor, source);
        assertThat(unchangedFeed.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(unchangedFeed.getBoolean("notModified"))
                .as("same ETag: one 304")
                .isTrue();
        assertThat(counters(unchangedFeed)).containsExactly(0, 0, 0, 0, 0, 0);

        feeds.serve(
                path,
                Feed.of(
                                vendor.publicId(),
                                "CSV",
                                List.of(
                                        new Row("R-1", "100.00", 4, "Solitaire ring"),
                                        new Row("R-2", "250.50", 1, "Halo ring"),
                                        new Row("E-1", "80.00", 10, "Stud earrings")))
                        .withoutEtag());
        JsonObject sameContent = Imports.run(distributor, source);
        assertThat(counters(sameContent))
                .as("no ETag, same rows: nothing written")
                .containsExactly(3, 0, 0, 3, 0, 0);

        JsonObject view =
                distributor.api().get("/api/v1/import-sources/" + source).json();
        assertThat(view.getJsonObject("lastRun").getJsonNumber("id").longValue())
                .isEqualTo(sameContent.getJsonNumber("id").longValue());
        assertThat(view.getString("nextRunAt")).isNotBlank();
        assertThat(view.getBoolean("stale")).isFalse();
        assertThat(view.getBoolean("external"))
                .as("no grant behind the token: an external source")
                .isTrue();
        assertThat(view.isNull("vendorPublicId")).isTrue();
        assertThat(distributor.api().get("/api/v1/products?linked=true").json().getInt("total"))
                .isZero();
        assertThat(distributor
                        .api()
                        .get("/api/v1/import-sources/" + source + "/runs")
                        .json()
                        .getInt("total"))
                .isEqualTo(3);
    }

    @Test
    void aChangeToOneVendorProductUpdatesExactlyOneLinkedProduct() {
        var vendor = Api.signup("Borealis Gold");
        var distributor = Api.signup("One Change Shop");
        String path = path();
        List<Row> rows = Imports.rows(20, "N-");
        feeds.serve(path, Feed.of(vendor.publicId(), "JSON", rows));
        long source = Imports.createSource(distributor, Imports.source(feeds.url(path), ""));
        assertThat(counters(Imports.run(distributor, source))).containsExactly(20, 20, 0, 0, 0, 0);

        List<Row> changed = new ArrayList<>(rows);
        changed.set(6, new Row("N-7", "107.00", 0, "Ring 7"));
        feeds.serve(path, Feed.of(vendor.publicId(), "JSON", changed));
        JsonObject run = Imports.run(distributor, source);

        assertThat(counters(run)).containsExactly(20, 0, 1, 19, 0, 0);
        assertThat(Imports.product(distributor, source, "S" + source + "-N-7").getInt("quantity"))
                .isZero();
        assertThat(Imports.product(distributor, source, "S" + source + "-N-8").getInt("quantity"))
                .isEqualTo(13);
    }

    @Test
    void productsThatLeaveTheFeedAreHandledByEachRule() {
        var vendor = Api.signup("Rules Vendor");
        for (String rule : List.of("ZERO_STOCK", "HIDE", "DELETE")) {
            var distributor = Api.signup("Rules " + rule);
            String path = path();
            feeds.serve(path, Feed.of(vendor.publicId(), "XML", Imports.rows(4, "M-")));
            long source =
                    Imports.createSource(distributor, Imports.source(feeds.url(path), "\"missing\": \"" + rule + "\""));
            assertThat(counters(Imports.run(distributor, source))).as(rule).containsExactly(4, 4, 0, 0, 0, 0);

            feeds.serve(path, Feed.of(vendor.publicId(), "XML", Imports.rows(3, "M-")));
            JsonObject run = Imports.run(distributor, source);

            assertThat(counters(run)).as(rule).containsExactly(3, 0, 0, 3, 1, 0);
            List<JsonObject> products = Imports.products(distributor, source);
            String gone = "S" + source + "-M-4";
            switch (rule) {
                case "ZERO_STOCK" ->
                    assertThat(product(products, gone).getInt("quantity")).isZero();
                case "HIDE" ->
                    assertThat(product(products, gone).getBoolean("hidden")).isTrue();
                default ->
                    assertThat(products)
                            .extracting(p -> p.getString("sku"))
                            .doesNotContain(gone)
                            .hasSize(3);
            }

            feeds.serve(path, Feed.of(vendor.publicId(), "XML", Imports.rows(4, "M-")));
            JsonObject back = Imports.run(distributor, source);
            assertThat(back.getInt("removed")).as(rule).isZero();
            JsonObject returned = Imports.product(distributor, source, gone);
            assertThat(returned.getInt("quantity"))
                    .as(rule + ": back in the feed")
                    .isEqualTo(9);
            assertThat(returned.getBoolean("hidden")).isFalse();
        }
    }

    @Test
    void aSuspiciouslySmallFeedSkipsRemovalsAndSaysSo() {
        var vendor = Api.signup("Shrinking Vendor");
        var distributor = Api.signup("Careful Distributor");
        String path = path();
        feeds.serve(path, Feed.of(vendor.publicId(), "CSV", Imports.rows(10, "S-")));
        long source = Imports.createSource(distributor, Imports.source(feeds.url(path), "\"missing\": \"DELETE\""));
        Imports.run(distributor, source);

        feeds.serve(path, Feed.of(vendor.publicId(), "CSV", Imports.rows(2, "S-")));
        JsonObject run = Imports.run(distributor, source);

        assertThat(run.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(run.getBoolean("suspicious")).isTrue();
        assertThat(run.getString("note")).contains("suspicious");
        assertThat(run.getInt("removed")).isZero();
        assertThat(Imports.products(distributor, source)).hasSize(10);
    }

    @Test
    void twoVendorsWithTheSameSkuFeedOneDistributor() {
        var first = Api.signup("First Vendor");
        var second = Api.signup("Second Vendor");
        var distributor = Api.signup("Two Vendor Shop");
        String a = path();
        String b = path();
        feeds.serve(a, Feed.of(first.publicId(), "CSV", List.of(new Row("R-1", "100.00", 3, "First's ring"))));
        feeds.serve(b, Feed.of(second.publicId(), "JSON", List.of(new Row("R-1", "200.00", 7, "Second's ring"))));
        long sourceA = Imports.createSource(distributor, Imports.source(feeds.url(a), ""));
        long sourceB = Imports.createSource(distributor, Imports.source(feeds.url(b), ""));

        assertThat(Imports.run(distributor, sourceA).getInt("created")).isEqualTo(1);
        assertThat(Imports.run(distributor, sourceB).getInt("created")).isEqualTo(1);

        JsonObject fromA = Imports.product(distributor, sourceA, "S" + sourceA + "-R-1");
        JsonObject fromB = Imports.product(distributor, sourceB, "S" + sourceB + "-R-1");
        assertThat(fromA.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(fromB.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo(new BigDecimal("200"));
        assertThat(distributor.api().get("/api/v1/import-sources").json().getInt("total"))
                .isEqualTo(2);
    }

    @Test
    void aChangedPriceRuleRepricesEveryLinkedProductAtTheNextRun() {
        var vendor = Api.signup("Reprice Vendor");
        var distributor = Api.signup("Reprice Shop");
        String path = path();
        feeds.serve(path, Feed.of(vendor.publicId(), "CSV", Imports.rows(3, "P-")));
        long source = Imports.createSource(distributor, Imports.source(feeds.url(path), ""));
        Imports.run(distributor, source);

        var put = distributor
                .api()
                .put(
                        "/api/v1/import-sources/" + source,
                        Imports.source(
                                feeds.url(path),
                                "\"priceRule\": {\"markupPercent\": 50, \"rounding\": \"WHOLE\"}, \"keep\":"
                                        + " [\"title\"]"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonObject run = Imports.run(distributor, source);

        assertThat(run.getBoolean("notModified"))
                .as("a changed source re-reads the feed")
                .isFalse();
        assertThat(counters(run)).containsExactly(3, 0, 3, 0, 0, 0);
        assertThat(Imports.product(distributor, source, "S" + source + "-P-1")
                        .getJsonNumber("price")
                        .bigDecimalValue())
                .isEqualByComparingTo("152.00");
    }

    private static JsonObject product(List<JsonObject> products, String sku) {
        return products.stream()
                .filter(p -> p.getString("sku").equals(sku))
                .findFirst()
                .orElseThrow();
    }

    /** rowsRead, created, updated, unchanged, removed, rejected */
    static List<Integer> counters(JsonObject run) {
        return List.of(
                run.getInt("rowsRead"),
                run.getInt("created"),
                run.getInt("updated"),
                run.getInt("unchanged"),
                run.getInt("removed"),
                run.getInt("rejected"));
    }

    static String path() {
        return "/feeds/" + UUID.randomUUID();
    }
}
