package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feeds end to end on the real database: definitions, grants, and delivery over HTTP in CSV, JSON and
 * XML parsed back with real parsers, checked against the filter and the pricing; ETag/304, since,
 * revocation, and another vendor's feed.
 */
@ExtendWith(ArquillianExtension.class)
class FeedDeliveryIT {

    /** Gold rings and necklaces in stock, priced at cost + 150 % rounded to .99, sharing a few fields. */
    private static final String GOLD_FEED = """
            {"name": "Gold for boutiques", "format": "%s", "fields": ["title", "stones", "images", "tags"],
             "filter": {"categories": ["RING", "NECKLACE"], "metals": ["GOLD"], "inStockOnly": true},
             "pricing": {"base": "COST", "markupPercent": 150, "rounding": "NINETY_NINE"}}""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void eachFormatCarriesTheFilteredRowsAtTheFeedsPrices() throws Exception {
        var vendor = vendorWithCatalog("Format Gems");
        var distributor = Api.signup("Format Boutique");
        long feed = createFeed(vendor, "CSV");
        String token = grant(vendor, feed, distributor.publicId()).getString("token");

        FeedFetch.Answer csv = FeedFetch.get("/feeds/" + feed, token, null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.vendor()).isEqualTo(vendor.publicId());
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))
                .getRecords();
        assertThat(csv.rows()).isEqualTo(records.size()).isEqualTo(2);
        assertThat(records.get(0).getParser().getHeaderNames())
                .containsExactly(
                        "sku", "price", "quantity", "updatedAt", "removed", "title", "stones", "images", "tags");
        Map<String, CSVRecord> bySku = new LinkedHashMap<>();
        records.forEach(r -> bySku.put(r.get("sku"), r));
        assertThat(bySku.keySet()).containsExactlyInAnyOrder("G-RING", "G-NECK");
        assertThat(bySku.get("G-RING").get("price")).isEqualTo("100.99"); // 40.00 × 2.5 = 100.00 → .99
        assertThat(bySku.get("G-NECK").get("price")).isEqualTo("300.99");
        assertThat(bySku.get("G-RING").get("quantity")).isEqualTo("5");
        assertThat(bySku.get("G-RING").get("tags")).isEqualTo("bridal|gold");
        assertThat(bySku.get("G-RING").get("title")).isEqualTo("Gold ring, \"classic\"");
        assertThat(Json.createReader(new StringReader(bySku.get("G-RING").get("stones")))
                        .readArray()
                        .getJsonObject(0)
                        .getString("type"))
                .isEqualTo("DIAMOND");
        assertThat(Instant.parse(bySku.get("G-RING").get("updatedAt")))
                .isBefore(Instant.now().plusSeconds(60));
        assertThat(csv.body()).doesNotContain("cost").doesNotContain("40.00");

        FeedFetch.Answer json = FeedFetch.get("/feeds/" + feed + "?format=JSON", token, null);
        assertThat(json.contentType()).startsWith("application/json");
        JsonObject body = Json.createReader(new StringReader(json.body())).readObject();
        assertThat(body.getString("vendor")).isEqualTo(vendor.publicId());
        List<JsonObject> products = body.getJsonArray("products").getValuesAs(JsonObject.class);
        assertThat(products)
                .hasSize(2)
                .extracting(p -> p.getString("sku"))
                .containsExactlyInAnyOrder("G-RING", "G-NECK");
        JsonObject neck = products.stream()
                .filter(p -> p.getString("sku").equals("G-NECK"))
                .findFirst()
                .orElseThrow();
        assertThat(neck.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("300.99");
        assertThat(neck.getInt("quantity")).isEqualTo(2);
        assertThat(neck.getJsonArray("stones").getJsonObject(0).getString("type"))
                .isEqualTo("RUBY");
        assertThat(neck.getJsonArray("images").getString(0)).isEqualTo("https://img.example.com/neck.jpg");
        assertThat(neck.containsKey("cost")).isFalse();
        assertThat(json.rows()).isEqualTo(2);

        FeedFetch.Answer xml = FeedFetch.get("/feeds/" + feed + "?format=XML&token=" + token, null, null);
        assertThat(xml.contentType()).startsWith("application/xml");
        Map<String, Map<String, String>> xmlRows = parseXml(xml.body());
        assertThat(xmlRows.keySet()).containsExactlyInAnyOrder("G-RING", "G-NECK");
        assertThat(xmlRows.get("G-RING"))
                .containsEntry("price", "100.99")
                .containsEntry("quantity", "5")
                .containsEntry("type", "DIAMOND")
                .containsEntry("tag", "gold");
        assertThat(xml.rows()).isEqualTo(2);
    }

    @Test
    void anUnchangedFeedAnswers304AndAChangeGivesANewEtag() {
        var vendor = vendorWithCatalog("Etag Gems");
        var distributor = Api.signup("Etag Boutique");
        long feed = createFeed(vendor, "JSON");
        String token = grant(vendor, feed, distributor.publicId()).getString("token");

        FeedFetch.Answer first = FeedFetch.get("/feeds/" + feed, token, null);
        String etag = first.etag().orElseThrow();
        FeedFetch.Answer again = FeedFetch.get("/feeds/" + feed, token, etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        vendor.api().send("PATCH", "/api/v1/products/G-RING", "application/json", "{\"quantity\": 4}");
        FeedFetch.Answer changed = FeedFetch.get("/feeds/" + feed, token, etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag().orElseThrow()).isNotEqualTo(etag);

        // the feed's own definition takes part too
        vendor.api().put("/api/v1/feeds/" + feed, GOLD_FEED.formatted("JSON").replace("150", "160"));
        assertThat(FeedFetch.get("/feeds/" + feed, token, changed.etag().orElseThrow())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void sinceReturnsOnlyWhatChangedAndMarksWhatLeftTheFeed() throws InterruptedException {
        // the feed exists before the catalog: a definition changed after `since` would send every product
        var vendor = Api.signup("Since Gems");
        var distributor = Api.signup("Since Boutique");
        long feed = createFeed(vendor, "JSON");
        seed(vendor);
        String token = grant(vendor, feed, distributor.publicId()).getString("token");
        List<JsonObject> full = products(FeedFetch.get("/feeds/" + feed, token, null));
        Instant seeded = full.stream()
                .map(p -> Instant.parse(p.getString("updatedAt")))
                .max(Instant::compareTo)
                .orElseThrow();
        // stored times may have whole seconds only: change things in a later second than the seeding
        Instant since = laterSecondThan(seeded);

        vendor.api()
                .send("PATCH", "/api/v1/products/G-RING", "application/json", "{\"title\": \"Gold ring, renamed\"}");
        vendor.api().send("PATCH", "/api/v1/products/G-NECK", "application/json", "{\"quantity\": 0}"); // out of stock
        vendor.api()
                .post(
                        "/api/v1/products",
                        "{\"sku\":\"G-NEW\",\"title\":\"New gold ring\",\"category\":\"RING\","
                                + "\"metal\":\"GOLD\",\"cost\":10,\"price\":30,\"quantity\":1}");
        vendor.api().send("DELETE", "/api/v1/products/P-EAR", "application/json", "");

        FeedFetch.Answer changes = FeedFetch.get("/feeds/" + feed + "?since=" + since, token, null);
        assertThat(changes.status()).isEqualTo(200);
        List<JsonObject> rows = products(changes);
        assertThat(changes.rows()).isEqualTo(rows.size()).isEqualTo(4);
        Map<String, JsonObject> bySku = new LinkedHashMap<>();
        rows.forEach(r -> bySku.put(r.getString("sku"), r));
        assertThat(bySku.keySet()).containsExactlyInAnyOrder("G-RING", "G-NECK", "G-NEW", "P-EAR");
        assertThat(bySku.get("G-RING").getString("title")).isEqualTo("Gold ring, renamed");
        assertThat(bySku.get("G-RING").containsKey("removed")).isFalse();
        assertThat(bySku.get("G-NEW").getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("25.99");
        assertThat(bySku.get("G-NECK").getBoolean("removed")).isTrue();
        assertThat(bySku.get("P-EAR").getBoolean("removed")).isTrue();
        assertThat(bySku.get("P-EAR").containsKey("price")).isFalse();

        assertThat(FeedFetch.get("/feeds/" + feed + "?since=yesterday", token, null)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void revokedWrongOrMissingTokensGet401AndTheVendorSeesTheLastFetch() {
        var vendor = vendorWithCatalog("Grant Gems");
        var distributor = Api.signup("Grant Boutique");
        long feed = createFeed(vendor, "CSV");
        long otherFeed = createFeed(vendor, "CSV");
        JsonObject grant = grant(vendor, feed, distributor.publicId());
        String token = grant.getString("token");
        assertThat(grant.getString("url")).endsWith("/feeds/" + feed);

        assertThat(FeedFetch.get("/feeds/" + feed, token, null).status()).isEqualTo(200);
        assertThat(FeedFetch.get("/feeds/" + feed, null, null).status()).isEqualTo(401);
        assertThat(FeedFetch.get("/feeds/" + feed, token + "x", null).status()).isEqualTo(401);
        assertThat(FeedFetch.get("/feeds/" + otherFeed, token, null).status()).isEqualTo(401);

        JsonObject seen = vendor.api()
                .get("/api/v1/feeds/" + feed + "/grants")
                .jsonArray()
                .getJsonObject(0);
        assertThat(seen.getString("distributorPublicId")).isEqualTo(distributor.publicId());
        assertThat(seen.getString("distributorName")).isEqualTo("Grant Boutique");
        assertThat(seen.getInt("fetchCount")).isEqualTo(1);
        assertThat(seen.getString("lastFetchedAt")).isNotBlank();
        assertThat(seen.toString()).doesNotContain(token);

        var revoke = vendor.api()
                .send("DELETE", "/api/v1/feeds/" + feed + "/grants/" + grant.getInt("id"), "application/json", "");
        assertThat(revoke.status()).isEqualTo(204);
        FeedFetch.Answer revoked = FeedFetch.get("/feeds/" + feed, token, null);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.contentType()).startsWith("application/problem+json");
        assertThat(vendor.api()
                        .get("/api/v1/feeds/" + feed + "/grants")
                        .jsonArray()
                        .getJsonObject(0)
                        .getString("revokedAt"))
                .isNotBlank();

        assertThat(vendor.api()
                        .post("/api/v1/feeds/" + feed + "/grants", "{\"distributorPublicId\":\"XX-999999\"}")
                        .errorFields())
                .containsExactly("distributorPublicId");
    }

    @Test
    void anotherVendorsFeedIsNotFound() {
        var vendor = vendorWithCatalog("Owner Gems");
        var other = Api.signup("Nosy Gems");
        long feed = createFeed(vendor, "CSV");

        assertThat(other.api().get("/api/v1/feeds/" + feed).status()).isEqualTo(404);
        assertThat(other.api().get("/api/v1/feeds/" + feed + "/preview").status())
                .isEqualTo(404);
        assertThat(other.api().get("/api/v1/feeds/" + feed + "/grants").status())
                .isEqualTo(404);
        assertThat(other.api()
                        .post(
                                "/api/v1/feeds/" + feed + "/grants",
                                "{\"distributorPublicId\":\"" + other.publicId() + "\"}")
                        .status())
                .isEqualTo(404);
        assertThat(other.api()
                        .send("DELETE", "/api/v1/feeds/" + feed, "application/json", "")
                        .status())
                .isEqualTo(404);
        assertThat(other.api().get("/api/v1/feeds").jsonArray()).isEmpty();
        assertThat(FeedFetch.get("/feeds/987654321", "glf_whatever", null).status())
                .isEqualTo(404);
        assertThat(vendor.api().get("/api/v1/feeds/" + feed).json().getString("name"))
                .isEqualTo("Gold for boutiques");
    }

    @Test
    void previewShowsWhatADistributorWouldReceiveAndBadDefinitionsAreRefusedByField() {
        var vendor = vendorWithCatalog("Preview Gems");
        long feed = createFeed(vendor, "XML");

        JsonObject preview =
                vendor.api().get("/api/v1/feeds/" + feed + "/preview?limit=1").json();
        assertThat(preview.getJsonArray("products")).hasSize(1);
        assertThat(preview.getJsonArray("products").getJsonObject(0).getJsonNumber("price"))
                .isNotNull();

        var bad = vendor.api().post("/api/v1/feeds", """
                {"name": "", "format": "PDF", "fields": ["title", "secret"],
                 "filter": {"metals": ["TIN"], "minPrice": 50, "maxPrice": 10},
                 "pricing": {"base": "MSRP", "markupPercent": -100, "rounding": "UP"}}""");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields())
                .containsExactlyInAnyOrder(
                        "name",
                        "format",
                        "fields[1]",
                        "filter.metals[0]",
                        "filter.maxPrice",
                        "pricing.base",
                        "pricing.markupPercent",
                        "pricing.rounding");
        assertThat(vendor.api().get("/api/v1/feeds").jsonArray()).hasSize(1);
    }

    // --- seeding ---

    /** A vendor with two gold pieces in the feed, and three out of it (silver, out of stock, earrings). */
    static Api.Account vendorWithCatalog(String name) {
        var vendor = Api.signup(name);
        seed(vendor);
        return vendor;
    }

    static void seed(Api.Account vendor) {
        var answer = vendor.api().post("/api/v1/products", """
                [{"sku": "G-RING", "title": "Gold ring, \\"classic\\"", "category": "RING", "metal": "GOLD",
                "purity": "14K",
                  "stones": [{"type": "DIAMOND", "caratWeight": 0.3, "count": 1}], "tags": ["bridal", "gold"],
                  "cost": 40.00, "price": 100.00, "quantity": 5},
                 {"sku": "G-NECK", "title": "Ruby necklace", "category": "NECKLACE", "metal": "GOLD", "purity": "18K",
                  "stones": [{"type": "RUBY", "caratWeight": 1.1, "count": 3}],
                  "images": ["https://img.example.com/neck.jpg"],
                  "cost": 120.00, "price": 300.00, "quantity": 2},
                 {"sku": "S-RING", "title": "Silver ring", "category": "RING", "metal": "SILVER", "purity": "925",
                  "cost": 20, "price": 50, "quantity": 9},
                 {"sku": "G-SOLD", "title": "Sold-out gold ring", "category": "RING", "metal": "GOLD", "cost": 30,
                  "price": 90, "quantity": 0},
                 {"sku": "P-EAR", "title": "Platinum earrings", "category": "EARRINGS", "metal": "PLATINUM",
                  "cost": 500, "price": 800, "quantity": 1}]""");
        assertThat(answer.json().getInt("created")).as(answer.body()).isEqualTo(5);
    }

    static long createFeed(Api.Account vendor, String format) {
        var created = vendor.api().post("/api/v1/feeds", GOLD_FEED.formatted(format));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    static JsonObject grant(Api.Account vendor, long feed, String distributorPublicId) {
        var created = vendor.api()
                .post("/api/v1/feeds/" + feed + "/grants", "{\"distributorPublicId\":\"" + distributorPublicId + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static Instant laterSecondThan(Instant instant) throws InterruptedException {
        Instant now;
        while (!(now = Instant.now().truncatedTo(ChronoUnit.SECONDS)).isAfter(instant)) {
            Thread.sleep(50);
        }
        return now;
    }

    private static List<JsonObject> products(FeedFetch.Answer answer) {
        return Json.createReader(new StringReader(answer.body()))
                .readObject()
                .getJsonArray("products")
                .getValuesAs(JsonObject.class);
    }

    /** sku → the text of every leaf element of its product (the last one wins for repeated names). */
    private static Map<String, Map<String, String>> parseXml(String xml) throws Exception {
        XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml));
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        Map<String, String> current = null;
        List<String> path = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                path.add(reader.getLocalName());
                text.setLength(0);
                if (reader.getLocalName().equals("product")) {
                    current = new LinkedHashMap<>();
                }
            } else if (event == XMLStreamConstants.CHARACTERS) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = path.remove(path.size() - 1);
                if (name.equals("product")) {
                    rows.put(current.get("sku"), current);
                } else if (current != null && !text.isEmpty()) {
                    current.put(name, text.toString());
                }
                text.setLength(0);
            }
        }
        return rows;
    }
}
