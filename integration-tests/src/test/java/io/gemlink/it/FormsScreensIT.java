package io.gemlink.it;

import static io.gemlink.it.FeedServer.Feed;
import static io.gemlink.it.FeedServer.Row;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Forms that help (issue #18), in Chromium: copy buttons for tokens shown once, the webhook's signed test notice and
 * its removal, an import source's connection test before saving, the manual order's product picker, the catalog CSV
 * template and a row's errors all at once, and the placeholder of a product picture that does not load.
 */
@ExtendWith(ArquillianExtension.class)
class FormsScreensIT {

    private static Browser browser;
    private static FeedServer feeds;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void start() {
        feeds = FeedServer.start();
        browser = new Browser();
        // the page may write to the clipboard and this test read it back, as a person's paste would
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Browser.grantPermissions",
                        Map.of(
                                "origin",
                                Api.BASE,
                                "permissions",
                                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (feeds != null) {
            feeds.close();
        }
    }

    @Test
    void copyButtonsCopyTheKeyAndTheGrantTokenShownOnce() {
        var vendor = Network.vendor("Copy Button Gems", "PROCESSING", Map.of("CB-RING", 2));
        var distributor = Network.distributor("Copy Button Boutique");
        browser.openAs(vendor, "/admin/settings/api-keys.xhtml");

        browser.find("#keys\\:name").sendKeys("Shop sync");
        browser.find("#keys\\:create").click();
        String key = browser.find("#new-key").getText();
        assertThat(key).startsWith("glk_");
        browser.find("#copy-new-key").click();
        browser.waitFor().until(ExpectedConditions.textToBe(By.id("copy-new-key"), "Copied"));
        assertThat(clipboard()).isEqualTo(key);
        assertThat(browser.cspViolations()).isEmpty();

        long feedId = vendor.api()
                .post("/api/v1/feeds", """
                        {"name":"Copy feed","format":"JSON","fields":["title"],"filter":{},
                         "pricing":{"base":"COST","markupPercent":50,"rounding":"NONE"}}""")
                .json()
                .getJsonNumber("id")
                .longValue();
        browser.open("/admin/feeds/feed.xhtml?id=" + feedId);
        browser.find("#grant\\:distributor").sendKeys(distributor.publicId());
        browser.find("#grant\\:create").click();
        String token = browser.find("#new-token").getText();
        assertThat(token).startsWith("glf_");
        browser.find("#copy-new-token").click();
        browser.waitFor().until(ExpectedConditions.textToBe(By.id("copy-new-token"), "Copied"));
        assertThat(clipboard()).isEqualTo(token);
        browser.find("#copy-new-url").click();
        browser.waitFor().until(ExpectedConditions.textToBe(By.id("copy-new-url"), "Copied"));
        assertThat(clipboard()).isEqualTo(browser.find("#new-url").getText()).endsWith("/feeds/" + feedId);
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void theWebhookPageSendsASignedTestShowsTheAnswerAndRemovesTheWebhook() throws Exception {
        var account = Api.signup("Webhook Test Gems");
        String secret = "whsec-forms-0123456789";
        List<String[]> received = new CopyOnWriteArrayList<>(); // {timestamp, signature, event, delivery, body}
        int[] status = {202};
        HttpServer shop = HttpServer.create(new InetSocketAddress(FeedServer.HOST, 0), 0);
        shop.createContext("/hooks/tracking", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var h = exchange.getRequestHeaders();
            received.add(new String[] {
                h.getFirst("X-Gemlink-Timestamp"),
                h.getFirst("X-Gemlink-Signature"),
                h.getFirst("X-Gemlink-Event"),
                h.getFirst("X-Gemlink-Delivery"),
                new String(body, StandardCharsets.UTF_8)
            });
            byte[] answer = ("test shop says " + status[0]).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status[0], answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        shop.start();
        try {
            String url = "http://" + FeedServer.HOST + ":" + shop.getAddress().getPort() + "/hooks/tracking";
            assertThat(account.api()
                            .put(
                                    "/api/v1/settings/tracking-webhook",
                                    Json.createObjectBuilder()
                                            .add("url", url)
                                            .add("secret", secret)
                                            .build()
                                            .toString())
                            .status())
                    .isEqualTo(200);
            browser.openAs(account, "/admin/tracking/webhook.xhtml");

            browser.find("#webhook\\:test").click();
            assertThat(browser.find("#test-summary").getText()).startsWith("Delivered: HTTP 202 in");
            assertThat(browser.find("#test-body").getText()).isEqualTo("test shop says 202");
            assertThat(received).hasSize(1);
            String[] call = received.get(0);
            assertThat(call[1]).as("signed as real notices are").isEqualTo(signature(secret, call[0], call[4]));
            assertThat(call[2]).isEqualTo("webhook.test");
            assertThat(call[3]).isEqualTo("0");
            JsonObject notice = Json.createReader(new StringReader(call[4])).readObject();
            assertThat(notice.getString("event")).isEqualTo("webhook.test");
            assertThat(notice.getString("account")).isEqualTo(account.publicId());
            assertThat(notice.getBoolean("test")).isTrue();

            status[0] = 500;
            browser.find("#webhook\\:test").click();
            browser.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("test-summary"), "Not delivered: HTTP 500"));
            assertThat(account.api()
                            .get("/api/v1/settings/tracking-webhook/deliveries")
                            .json()
                            .getJsonNumber("total")
                            .longValue())
                    .as("a test is not a notice: not logged, not retried")
                    .isZero();
            assertThat(browser.cspViolations()).isEmpty();

            browser.find("#webhook\\:remove").click();
            browser.waitFor()
                    .until(ExpectedConditions.elementToBeClickable(By.id("webhook:confirm-yes")))
                    .click();
            browser.awaitMessage("Tracking webhook removed.");
            assertThat(account.api().get("/api/v1/settings/tracking-webhook").status())
                    .isEqualTo(404);
            assertThat(browser.driver().findElements(By.id("webhook:test"))).isEmpty();
        } finally {
            shop.stop(0);
        }
    }

    @Test
    void anImportSourceConnectionIsTestedBeforeItIsSaved() throws Exception {
        var distributor = Network.distributor("Connection Test Boutique");
        String path = ImportPipelineIT.path();
        feeds.serve(
                path,
                Feed.of(
                        "XX-100001",
                        "CSV",
                        List.of(
                                new Row("CT-1", "100.00", 4, "Tested ring"),
                                new Row("CT-2", "not a price", 2, "Tested pendant"),
                                new Row("CT-3", "60.00", 0, "Tested bracelet"))));
        browser.openAs(distributor, "/admin/imports/source.xhtml");

        browser.find("#source\\:feedUrl").sendKeys(feeds.url(path));
        browser.find("#source\\:token").sendKeys("connection-token");
        browser.find("#source\\:test").click();
        assertThat(browser.find("#test-message").getText()).isEqualTo("OK: 3 rows (2 valid, 1 rejected), CSV.");
        assertThat(browser.find(".gl-test-sample").getText()).startsWith("row ").contains("price");
        assertThat(feeds.lastAuthorization(path)).isEqualTo("Bearer connection-token");
        assertThat(distributor.api().get("/api/v1/import-sources").json().getJsonArray("items"))
                .as("nothing saved")
                .isEmpty();

        browser.find("#source\\:feedUrl").clear();
        browser.find("#source\\:feedUrl").sendKeys(feeds.url("/no-such-feed"));
        browser.find("#source\\:test").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("test-message"), "Connection failed: feed answered HTTP 404"));

        // an inward address is refused before any connection, as the importer refuses it
        browser.find("#source\\:feedUrl").clear();
        browser.find("#source\\:feedUrl").sendKeys("http://127.0.0.1:8080/feeds/1");
        browser.find("#source\\:test").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("test-message"), "Connection failed: Feed URL:"));
        assertThat(browser.find("#test-message").getText()).contains("not allowed");

        // a grant token of this network: read through its grant, as runs read it
        var vendor = Network.vendor("Connection Test Vendor", "PROCESSING", Map.of("CTV-1", 3, "CTV-2", 1));
        long feedId = vendor.api()
                .post("/api/v1/feeds", """
                        {"name":"Tested feed","format":"JSON","fields":["title","currency"],"filter":{},
                         "pricing":{"base":"COST","markupPercent":50,"rounding":"NONE"}}""")
                .json()
                .getJsonNumber("id")
                .longValue();
        String token = Network.grant(vendor, feedId, distributor).getString("token");
        browser.find("#source\\:feedUrl").clear();
        browser.find("#source\\:feedUrl").sendKeys(Api.BASE + "/feeds/" + feedId);
        browser.find("#source\\:token").clear();
        browser.find("#source\\:token").sendKeys(token);
        browser.find("#source\\:test").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("test-message"), "OK: 2 rows"));
        assertThat(browser.find("#test-message").getText()).contains("in-network feed of " + vendor.publicId());
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void aManualOrderLinePicksAProductOfTheAccountAndTakesItsPrice() {
        var other = Api.signup("Picker Other Gems");
        other.api().post("/api/v1/products", """
                [{"sku": "PK-OTHER", "title": "Moonstone ring of another shop", "category": "RING",
                  "price": 10, "currency": "USD", "quantity": 1}]""");
        var account = Api.signup("Picker Gems");
        account.api().post("/api/v1/products", """
                [{"sku": "PK-MOON-7", "title": "Moonstone ring", "category": "RING", "price": 345.5,
                  "currency": "USD", "quantity": 3},
                 {"sku": "PK-PEARL", "title": "Pearl studs", "category": "EARRINGS", "price": 80,
                  "currency": "USD", "quantity": 3}]""");
        browser.openAs(account, "/admin/orders/new-order.xhtml");

        WebElement sku = browser.find("[id$=':0:sku_input']");
        sku.sendKeys("moonstone");
        WebElement offer = browser.find("[id$=':0:sku_panel'] [data-item-value='PK-MOON-7']");
        assertThat(browser.find("[id$=':0:sku_panel']").getText())
                .contains("Moonstone ring")
                .contains("345.50 USD")
                .as("another account's product is never offered")
                .doesNotContain("PK-OTHER");
        offer.click();
        browser.waitFor()
                .until(d -> "345.50"
                        .equals(d.findElement(By.cssSelector("[id$=':0:price']"))
                                .getAttribute("value")));
        assertThat(browser.find("[id$=':0:sku_input']").getAttribute("value")).isEqualTo("PK-MOON-7");
        assertThat(browser.find("[id$=':0:title']").getText()).isEqualTo("Moonstone ring");

        browser.find("#manual\\:name").sendKeys("Ada Buyer");
        browser.find("#manual\\:line1").sendKeys("1 Gem Street");
        browser.find("#manual\\:city").sendKeys("Springfield");
        browser.find("#manual\\:postalCode").sendKeys("12345");
        browser.find("#manual\\:place").click();
        browser.waitFor().until(ExpectedConditions.urlContains("/admin/orders/order.xhtml"));

        JsonObject order =
                account.api().get("/api/v1/orders").json().getJsonArray("items").getJsonObject(0);
        JsonObject line = account.api()
                .get("/api/v1/orders/" + order.getJsonNumber("id").longValue())
                .json()
                .getJsonArray("lines")
                .getJsonObject(0);
        assertThat(line.getString("sku")).isEqualTo("PK-MOON-7");
        assertThat(line.getJsonNumber("unitPrice").bigDecimalValue()).isEqualByComparingTo("345.50");
    }

    @Test
    void theCatalogImportOffersATemplateThatImportsAndReportsEveryErrorOfARow() throws Exception {
        var vendor = Api.signup("Template Gems");
        browser.openAs(vendor, "/admin/catalog/import.xhtml");
        assertThat(browser.find("#template").getAttribute("href")).endsWith("/admin/catalog/products-template.csv");

        String template = fetchText("/admin/catalog/products-template.csv");
        List<String> lines = template.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .isEqualTo("sku,title,description,category,brand,metal,purity,metalColor,metalWeightGrams,stones,"
                        + "totalCaratWeight,images,barcode,cost,price,currency,quantity,variantGroup,size,tags");
        Path file = Files.createTempFile("template", ".csv");
        Files.writeString(file, template);
        upload(file);
        assertThat(browser.find("#created").getText())
                .as("the example row imports as it stands")
                .isEqualTo("1");
        assertThat(browser.find("#rejected").getText()).isEqualTo("0");
        JsonObject example = vendor.api().get("/api/v1/products/R-100-7").json();
        assertThat(example.getJsonArray("stones")).hasSize(1);
        assertThat(example.getJsonArray("tags")).hasSize(2);

        Path bad = Files.createTempFile("bad", ".csv");
        Files.writeString(
                bad, "sku,title,category,price,quantity,currency\nTB-1,,WATCH,abc,2,dollars\nTB-2,Fine,RING,5,1,USD\n");
        upload(bad);
        assertThat(browser.find("#created").getText()).isEqualTo("1");
        assertThat(browser.find("#rejected").getText()).isEqualTo("1");
        assertThat(browser.driver().findElements(By.cssSelector("#errors tbody tr")))
                .extracting(WebElement::getText)
                .as("every error of row 2 at once, in the file's column order")
                .hasSize(4)
                .satisfies(rows -> {
                    assertThat(rows.get(0)).startsWith("2").contains("title");
                    assertThat(rows.get(1)).startsWith("2").contains("category");
                    assertThat(rows.get(2)).startsWith("2").contains("price").contains("must be a number");
                    assertThat(rows.get(3)).startsWith("2").contains("currency");
                });
    }

    @Test
    void aProductPictureThatDoesNotLoadShowsThePlaceholderAndTheDemoPicturesAreServed() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/demo/images/vg-r100-1.svg"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(served.body()).startsWith("<svg");

        var vendor = Api.signup("Picture Gems");
        vendor.api().post("/api/v1/products", """
                [{"sku": "PIC-OK", "title": "Pictured ring", "category": "RING", "price": 10, "quantity": 1,
                  "images": ["%s/demo/images/vg-r100-1.svg"]},
                 {"sku": "PIC-GONE", "title": "Ring whose picture is gone", "category": "RING", "price": 10,
                  "quantity": 1, "images": ["%s/demo/images/no-such-picture.svg"]}]""".formatted(Api.BASE, Api.BASE));
        browser.openAs(vendor, "/admin/catalog/products.xhtml");

        browser.waitFor()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.gl-thumb.gl-img-missing")));
        List<WebElement> pictures = browser.driver().findElements(By.cssSelector("#catalog\\:products img.gl-thumb"));
        assertThat(pictures).hasSize(2);
        for (WebElement picture : pictures) {
            boolean missing = picture.getAttribute("class").contains("gl-img-missing");
            assertThat(missing)
                    .as(picture.getAttribute("alt"))
                    .isEqualTo(picture.getAttribute("alt").contains("gone"));
            Number width = (Number)
                    ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].naturalWidth;", picture);
            assertThat(width.intValue()).as("a picture is drawn either way").isPositive();
        }
        assertThat(browser.cspViolations()).isEmpty();
    }

    private static void upload(Path csv) {
        browser.find("#upload")
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(csv.toAbsolutePath().toString());
        WebElement submit = browser.find("#upload\\:submit");
        submit.click();
        browser.waitFor().until(ExpectedConditions.stalenessOf(submit));
    }

    /** What the page's own session reads at this path, as a download link would. */
    private static String fetchText(String path) {
        Object text = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));",
                        path);
        return (String) text;
    }

    private static String clipboard() {
        Object text = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + " navigator.clipboard.readText().then(done, e => done('ERROR ' + e));");
        return (String) text;
    }

    private static String signature(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
