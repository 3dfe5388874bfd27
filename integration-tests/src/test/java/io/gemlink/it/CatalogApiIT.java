package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalog over the partner API on the real database: JSON upsert, CSV import, read, search, patch, delete. */
@ExtendWith(ArquillianExtension.class)
class CatalogApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void csvImportKeepsQuotesNewlinesAndAccentsAndReportsBadRowsByNumber() {
        var vendor = Api.signup("Atelier Crème");
        String csv = "sku,title,description,category,metal,purity,price,cost,quantity,tags,images,stones\r\n"
                + "BAG-1,Bague Éternité,\"Or jaune, 18 carats\nCertificat inclus\",RING,GOLD,18k,1200.00,600,3,"
                + "bridal|éternité,https://img.example.com/bag-1.jpg,"
                + "\"[{\"\"type\"\":\"\"DIAMOND\"\",\"\"caratWeight\"\":0.25,"
                + "\"\"count\"\":12,\"\"certificateLab\"\":\"\"GIA\"\"}]\"\r\n"
                + "BAG-2,Broken stock,,RING,GOLD,14K,100,,-1,,,\r\n"
                + "BAG-3,Broken price,,RING,GOLD,14K,abc,,1,,,\r\n"
                + "BAG-4,\"Collier \"\"Étoile\"\"\",,NECKLACE,SILVER,925,89.9,30,7,,,\r\n"
                + "BAG-5,Unknown metal,,RING,TIN,14K,10,,1,,,\r\n";

        var answer = vendor.api().send("POST", "/api/v1/products/import", "text/csv; charset=UTF-8", csv);

        assertThat(answer.status()).isEqualTo(200);
        JsonObject result = answer.json();
        assertThat(result.getInt("created")).isEqualTo(2);
        assertThat(result.getInt("updated")).isZero();
        assertThat(result.getInt("rejected")).isEqualTo(3);
        // the header is row 1; BAG-1's embedded newline does not shift the row numbers
        assertThat(result.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("row"), e -> e.getString("field"))
                .containsExactly(tuple(3, "quantity"), tuple(4, "price"), tuple(6, "metal"));

        JsonObject ring = vendor.api().get("/api/v1/products/BAG-1").json();
        assertThat(ring.getString("title")).isEqualTo("Bague Éternité");
        assertThat(ring.getString("description")).isEqualTo("Or jaune, 18 carats\nCertificat inclus");
        assertThat(ring.getString("purity")).isEqualTo("18K");
        assertThat(ring.getJsonArray("tags").getString(1)).isEqualTo("éternité");
        assertThat(ring.getJsonArray("stones").getJsonObject(0).getString("certificateLab"))
                .isEqualTo("GIA");
        assertThat(ring.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("1200");
        assertThat(vendor.api().get("/api/v1/products/BAG-4").json().getString("title"))
                .isEqualTo("Collier \"Étoile\"");
        assertThat(vendor.api().get("/api/v1/products/BAG-2").status()).isEqualTo(404);

        // the same file again updates instead of creating
        var again = vendor.api()
                .send("POST", "/api/v1/products/import", "text/csv", csv)
                .json();
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).isEqualTo(2);
    }

    @Test
    void csvOfSeveralBatchesIsWrittenInFileOrderAndEveryRowIsCounted() {
        // 2,500 rows are three batches (gemlink.feeds.import-batch-size 1,000), two written at once while the next is
        // read
        var vendor = Api.signup("Atelier Lots");
        StringBuilder csv = new StringBuilder("sku,title,category,metal,purity,price,quantity\r\n");
        for (int row = 2; row <= 2501; row++) { // the header is row 1
            String sku = "LOT-" + row;
            String title = "Ring " + row;
            String price = "100";
            String quantity = "1";
            String metal = "GOLD";
            switch (row) {
                case 2 -> {
                    sku = "DUP-1";
                    title = "first";
                }
                case 500 -> quantity = "-1";
                case 1500 -> price = "abc";
                case 2400 -> {
                    sku = "DUP-1";
                    title = "last";
                }
                case 2450 -> metal = "TIN";
                case 3 -> {
                    sku = "DUP-2";
                    title = "first";
                }
                case 1100 -> {
                    sku = "dup-2"; // the same product (the SKU column ignores case), one batch later
                    title = "last";
                }
                default -> {}
            }
            csv.append(sku + "," + title + ",RING," + metal + ",14K," + price + "," + quantity + "\r\n");
        }

        JsonObject result = vendor.api()
                .send("POST", "/api/v1/products/import", "text/csv", csv.toString())
                .json();

        assertThat(result.getInt("created")).isEqualTo(2500 - 3 - 2);
        // DUP-1 again two batches later; dup-2 in the next batch, which waits for the first though two write at once
        assertThat(result.getInt("updated")).isEqualTo(2);
        assertThat(result.getInt("rejected")).isEqualTo(3);
        assertThat(result.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("row"), e -> e.getString("field"))
                .containsExactly(tuple(500, "quantity"), tuple(1500, "price"), tuple(2450, "metal"));
        // the file's last word on a SKU is what stays
        assertThat(vendor.api().get("/api/v1/products/DUP-1").json().getString("title"))
                .isEqualTo("last");
        assertThat(vendor.api().get("/api/v1/products/DUP-2").json().getString("title"))
                .isEqualTo("last");
        assertThat(vendor.api().get("/api/v1/products/LOT-2501").status()).isEqualTo(200);
        assertThat(vendor.api().get("/api/v1/products?size=1").json().getInt("total"))
                .isEqualTo(2500 - 3 - 2);
    }

    @Test
    void csvWithAnUnknownColumnIsRefusedBeforeAnyRowIsWritten() {
        var vendor = Api.signup("Strict Header Gems");

        var answer = vendor.api()
                .send(
                        "POST",
                        "/api/v1/products/import",
                        "text/csv",
                        "sku,title,price,quantity,colour\nX-1,Ring,10,1,red\n");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorFields()).containsExactly("header");
        assertThat(vendor.api().get("/api/v1/products").json().getInt("total")).isZero();
    }

    @Test
    void jsonUpsertStoresVariantsAndStonesAndUpdatesBySku() {
        var vendor = Api.signup("Variant Gems");
        String sizes = List.of("6", "7", "8").stream()
                .map(size -> """
                {"sku": "SOL-%s", "title": "Solitaire ring", "category": "RING", "metal": "PLATINUM", "purity": "950",
                 "metalColor": "white", "metalWeightGrams": 4.2, "totalCaratWeight": 0.5, "barcode": "012345678905",
                 "stones": [{"type": "DIAMOND", "shape": "ROUND", "caratWeight": 0.5, "count": 1, "color": "F",
                             "clarity": "VS1", "certificateLab": "GIA", "certificateNumber": "2141438171"}],
                 "images": ["https://img.example.com/sol.jpg"], "cost": 900, "price": 2400.00, "currency": "EUR",
                 "quantity": %s, "variantGroup": "SOL", "size": "%s", "tags": ["bridal", "solitaire"]}
                """.formatted(size, size, size))
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();

        var created = vendor.api().post("/api/v1/products", "[" + sizes + "]");

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().getInt("created")).isEqualTo(3);
        assertThat(created.json().getJsonArray("errors")).isEmpty();
        JsonObject seven = vendor.api().get("/api/v1/products/SOL-7").json();
        assertThat(seven.getString("variantGroup")).isEqualTo("SOL");
        assertThat(seven.getString("size")).isEqualTo("7");
        assertThat(seven.getInt("quantity")).isEqualTo(7);
        assertThat(seven.getString("currency")).isEqualTo("EUR");
        assertThat(seven.getJsonArray("stones").getJsonObject(0).getString("certificateNumber"))
                .isEqualTo("2141438171");
        assertThat(seven.getJsonArray("stones")
                        .getJsonObject(0)
                        .getJsonNumber("caratWeight")
                        .bigDecimalValue())
                .isEqualByComparingTo("0.5");

        var updated = vendor.api()
                .post(
                        "/api/v1/products",
                        "{\"sku\":\"SOL-7\",\"title\":\"Solitaire ring\",\"price\":2500,\"quantity\":2}")
                .json();
        assertThat(updated.getInt("created")).isZero();
        assertThat(updated.getInt("updated")).isEqualTo(1);
        JsonObject after = vendor.api().get("/api/v1/products/SOL-7").json();
        assertThat(after.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("2500");
        assertThat(after.getJsonArray("stones")).isEmpty(); // an upsert replaces the whole product
    }

    @Test
    void jsonUpsertRefusesBadItemsByIndexAndKeepsTheGoodOnes() {
        var vendor = Api.signup("Picky Gems");

        var answer = vendor.api().post("/api/v1/products", """
                [{"sku": "OK-1", "title": "Fine", "price": 10, "quantity": 1},
                 {"sku": "%s", "title": "Too long", "price": -1, "quantity": 1, "category": "TIARA"},
                 {"sku": "BAD-2", "title": "Typed", "price": "cheap", "quantity": 1},
                 {"sku": "BAD-3", "title": "Stone", "price": 1, "quantity": 1, "stones": [{"caratWeight": -2}]}]
                """.formatted("S".repeat(65)));

        assertThat(answer.status()).isEqualTo(200);
        JsonObject result = answer.json();
        assertThat(result.getInt("created")).isEqualTo(1);
        assertThat(result.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("index"), e -> e.getString("field"))
                .containsExactlyInAnyOrder(
                        tuple(1, "sku"),
                        tuple(1, "price"),
                        tuple(1, "category"),
                        tuple(2, "price"),
                        tuple(3, "stones[0].type"),
                        tuple(3, "stones[0].caratWeight"));
        assertThat(vendor.api().get("/api/v1/products").json().getInt("total")).isEqualTo(1);
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndRefusesBadValuesWhole() {
        var vendor = Api.signup("Patch Gems");
        vendor.api()
                .post(
                        "/api/v1/products",
                        "{\"sku\":\"P-1\",\"title\":\"Hoops\",\"category\":\"EARRINGS\",\"price\":80,\"quantity\":5}");

        var patched = vendor.api().send("PATCH", "/api/v1/products/P-1", "application/json", "{\"quantity\": 3}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().getInt("quantity")).isEqualTo(3);
        assertThat(patched.json().getString("category")).isEqualTo("EARRINGS");

        var bad = vendor.api()
                .send("PATCH", "/api/v1/products/P-1", "application/json", "{\"quantity\": -1, \"title\": \"New\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactly("quantity");
        JsonObject kept = vendor.api().get("/api/v1/products/P-1").json();
        assertThat(kept.getInt("quantity")).isEqualTo(3);
        assertThat(kept.getString("title")).isEqualTo("Hoops");

        assertThat(vendor.api()
                        .send("PATCH", "/api/v1/products/NOPE", "application/json", "{\"quantity\": 1}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void searchSeesOnlyTheCallersProducts() {
        var vendor = Api.signup("Search Gems");
        var other = Api.signup("Other Search Gems");
        vendor.api().post("/api/v1/products", """
                [{"sku": "S-1", "title": "Emerald pendant", "category": "PENDANT", "price": 300, "quantity": 1},
                 {"sku": "S-2", "title": "Ruby ring", "category": "RING", "price": 200, "quantity": 1}]""");
        other.api().post("/api/v1/products", "{\"sku\":\"S-1\",\"title\":\"Theirs\",\"price\":1,\"quantity\":1}");

        var rings = vendor.api().get("/api/v1/products?category=RING").json();
        assertThat(rings.getInt("total")).isEqualTo(1);
        assertThat(rings.getJsonArray("items").getJsonObject(0).getString("sku"))
                .isEqualTo("S-2");
        assertThat(vendor.api().get("/api/v1/products?q=emerald").json().getInt("total"))
                .isEqualTo(1);
        assertThat(vendor.api().get("/api/v1/products?linked=true").json().getInt("total"))
                .isZero();
        assertThat(vendor.api().get("/api/v1/products?linked=maybe").status()).isEqualTo(422);
        assertThat(other.api().get("/api/v1/products/S-2").status()).isEqualTo(404);
        assertThat(other.api().get("/api/v1/products/S-1").json().getString("title"))
                .isEqualTo("Theirs");

        assertThat(vendor.api()
                        .send("DELETE", "/api/v1/products/S-2", "application/json", "")
                        .status())
                .isEqualTo(204);
        assertThat(vendor.api().get("/api/v1/products/S-2").status()).isEqualTo(404);
    }

    @Test
    void openApiDescribesTheCatalogAndFeedRoutes() {
        var doc = Api.anonymous().get("/openapi");

        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body())
                .contains(
                        "/api/v1/products:",
                        "/api/v1/products/import:",
                        "/api/v1/products/{sku}:",
                        "/api/v1/feeds:",
                        "/api/v1/feeds/{id}/preview:",
                        "/api/v1/feeds/{id}/grants:",
                        "/api/v1/feeds/{id}/grants/{grantId}:");
        assertThat(doc.body())
                .contains(
                        "ProductView",
                        "UpsertResult",
                        "ImportResult",
                        "FeedDefinition",
                        "GrantCreated",
                        "certificateLab",
                        "markupPercent",
                        "inStockOnly");
        // the request records' constraints (sku: at most 64 characters) are stated in the schemas
        assertThat(doc.body()).containsPattern("sku:\\s+(\\w+: \\S+\\s+)*maxLength: 64");
    }
}
