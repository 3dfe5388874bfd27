package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The overview pages in a real browser: a new business signs up and walks its setup checklist to a first linked
 * product, each step marked done from its own data; and each role's dashboard shows the same numbers as the partner
 * API, for its own account only, each number a link to the list behind it.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardsIT {

    private static final String VENDOR_PAGE = "/admin/vendor/index.xhtml";
    private static final String DISTRIBUTOR_PAGE = "/admin/distributor/index.xhtml";
    private static final List<String> STATUSES = List.of(
            "NEW",
            "PROCESSING",
            "AWAITING_SHIPMENT",
            "ON_HOLD",
            "BACKORDERED",
            "PARTIALLY_SHIPPED",
            "SHIPPED",
            "REJECTED",
            "PARTIALLY_REJECTED",
            "CANCELLED");
    private static final Set<String> AWAITING_TRACKING =
            Set.of("NEW", "PROCESSING", "AWAITING_SHIPMENT", "ON_HOLD", "BACKORDERED", "PARTIALLY_SHIPPED");

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    static final FeedServer feeds = FeedServer.start();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aNewVendorAndDistributorWalkTheChecklistToAFirstLinkedProduct() throws Exception {
        // the vendor signs up on the page and logs in
        browser.driver().manage().deleteAllCookies();
        browser.open("/signup");
        String email = "dash-" + UUID.randomUUID() + "@example.com";
        browser.find("#signup\\:name").sendKeys("Checklist Gems");
        browser.find("#signup\\:email").sendKeys(email);
        browser.find("#signup\\:password").sendKeys(Api.PASSWORD);
        browser.find("#signup\\:create").click();
        String publicId = browser.find("#opened-public-id").getText();
        Api.Account vendor = new Api.Account(
                0, publicId, email, Api.withKey(browser.find("#opened-api-key").getText()));
        browser.login(email, Api.PASSWORD);

        browser.open(VENDOR_PAGE);
        assertThat(browser.find("#checklist-progress").getText()).isEqualTo("0 of 4 done");
        assertSteps(Map.of("products", false, "feed", false, "grant", false, "status", false));
        assertThat(step("products").getAttribute("class")).contains("gl-step-next");

        // each step's link leads to the page that does it
        follow("products", "/admin/catalog/products.xhtml");
        var products = vendor.api().post("/api/v1/products", """
                [{"sku":"CK-RING","title":"Checklist ring","category":"RING","metal":"GOLD","purity":"14K",
                  "cost":100,"price":250,"currency":"USD","quantity":3}]""");
        assertThat(products.status()).as(products.body()).isEqualTo(200);
        browser.open(VENDOR_PAGE);
        assertSteps(Map.of("products", true, "feed", false, "grant", false, "status", false));
        assertThat(step("products").getText()).contains("1 in your catalog");
        assertThat(step("feed").getAttribute("class")).contains("gl-step-next");

        follow("feed", "/admin/feeds/feeds.xhtml");
        var feed = vendor.api().post("/api/v1/feeds", """
                {"name":"All pieces","format":"JSON","fields":["title","category","metal","purity","currency"],
                 "filter":{},"pricing":{"base":"COST","markupPercent":50,"rounding":"NONE"}}""");
        assertThat(feed.status()).as(feed.body()).isEqualTo(201);
        long feedId = feed.json().getJsonNumber("id").longValue();
        browser.open(VENDOR_PAGE);
        assertSteps(Map.of("products", true, "feed", true, "grant", false, "status", false));

        // the distributor signs up too; before the grant, its checklist says where a grant shows
        Api.Account distributor = Network.distributor("Checklist Boutique");
        browser.openAs(distributor, DISTRIBUTOR_PAGE);
        assertSteps(Map.of("grant", false, "source", false, "run", false, "order", false));
        assertThat(step("grant").getText()).contains(distributor.publicId()).contains("Partners");
        follow("grant", "/admin/partners/partners.xhtml");

        JsonObject grant = Network.grant(vendor, feedId, distributor);
        browser.openAs(vendor, VENDOR_PAGE);
        assertSteps(Map.of("products", true, "feed", true, "grant", true, "status", false));
        follow("status", "/admin/settings/dropshipping.xhtml");
        Network.settings(vendor, true, "PROCESSING");
        browser.open(VENDOR_PAGE);
        assertSteps(Map.of("products", true, "feed", true, "grant", true, "status", true));
        assertThat(browser.find("#checklist-progress").getText()).isEqualTo("4 of 4 done");
        assertThat(browser.find("#checklist-complete").getText()).contains("every step is done");

        browser.openAs(distributor, DISTRIBUTOR_PAGE);
        assertSteps(Map.of("grant", true, "source", false, "run", false, "order", false));
        follow("source", "/admin/imports/source.xhtml");
        // paused: no scheduled run may overtake the "Run now" below
        long source = Imports.createSource(
                distributor,
                Json.createObjectBuilder()
                        .add("feedUrl", Api.BASE + "/feeds/" + feedId)
                        .add("token", grant.getString("token"))
                        .add("everyMinutes", 1440)
                        .add("paused", true)
                        .build()
                        .toString());
        browser.open(DISTRIBUTOR_PAGE);
        assertSteps(Map.of("grant", true, "source", true, "run", false, "order", false));
        assertThat(step("run").getAttribute("class")).contains("gl-step-next");

        follow("run", "/admin/imports/sources.xhtml");
        Network.runImport(distributor, source);
        browser.open(DISTRIBUTOR_PAGE);
        assertSteps(Map.of("grant", true, "source", true, "run", true, "order", false));
        assertThat(step("run").getText()).contains("1 linked product");

        follow("order", "/admin/orders/new-order.xhtml");
        String sku = skusOf(vendor, distributor).get("CK-RING");
        var order = distributor.api().post("/api/v1/orders", order("API", sku, 1));
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        browser.open(DISTRIBUTOR_PAGE);
        assertSteps(Map.of("grant", true, "source", true, "run", true, "order", true));
        assertThat(browser.find("#checklist-progress").getText()).isEqualTo("4 of 4 done");

        browser.open("/admin/distributor/linked-products.xhtml");
        assertThat(browser.find("#linked\\:products").getText()).contains(sku).contains("Checklist ring");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void eachDashboardShowsTheApisNumbersOfItsOwnAccountOnly() throws Exception {
        // another pair of accounts with orders in the same statuses: none of theirs may be counted
        var otherVendor = Network.vendor("Other Dash Gems", "PROCESSING", Map.of("OD-RING", 1));
        var otherShop = Network.distributor("Other Dash Boutique");
        String otherSku = Network.link(otherVendor, otherShop).get("OD-RING");
        for (int i = 0; i < 3; i++) {
            place(otherShop, "ETSY", otherSku, 1);
        }

        var vendor = Network.vendor("Dash Gems", "AWAITING_SHIPMENT", Map.of("DG-RING", 1, "DG-HOOP", 20));
        var shop = Network.distributor("Dash Boutique");
        long linkSource = share(vendor, shop);
        Map<String, String> skus = skusOf(vendor, shop);
        String ring = skus.get("DG-RING");
        String hoop = skus.get("DG-HOOP");
        OrderLifecycleIT.dropshipOrderOf(vendor, place(shop, "SHOPIFY", ring, 1)); // takes the last ring
        OrderLifecycleIT.dropshipOrderOf(vendor, place(shop, "AMAZON", ring, 1)); // backordered
        JsonObject toReject = place(shop, "SHOPIFY", hoop, 1);
        JsonObject etsyVendorOrder = OrderLifecycleIT.dropshipOrderOf(vendor, place(shop, "ETSY", hoop, 2));
        JsonObject vendorOrder = OrderLifecycleIT.dropshipOrderOf(vendor, toReject);
        var rejected =
                vendor.api().post(OrderLifecycleIT.linePath(vendorOrder, 1, "reject"), "{\"reason\":\"DISCONTINUED\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        // a failed run of a second source, an external feed that answers 500
        String path = ImportPipelineIT.path();
        feeds.serve(path, FeedServer.Feed.status(500));
        long failing = Imports.createSource(
                shop, "{\"feedUrl\":\"" + feeds.url(path) + "\",\"everyMinutes\":1440,\"paused\":true}");
        assertThat(Imports.run(shop, failing).getString("status")).isEqualTo("FAILED");

        // the vendor's dashboard
        browser.openAs(vendor, VENDOR_PAGE);
        Map<String, Long> dropship = totals(vendor, "channel=DROPSHIPPING&");
        assertThat(dropship.values().stream().mapToLong(Long::longValue).sum())
                .as("all four orders reached the vendor")
                .isEqualTo(4);
        assertStatusFigures(dropship, "channel=DROPSHIPPING&status=");
        long awaiting = dropship.entrySet().stream()
                .filter(e -> AWAITING_TRACKING.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
        assertThat(number("#n-awaiting")).isEqualTo(awaiting).isEqualTo(3);
        assertThat(number("#n-age-1")).as("all arrived today").isEqualTo(awaiting);
        assertThat(number("#n-backordered"))
                .isEqualTo(dropship.get("BACKORDERED"))
                .isEqualTo(1);
        assertThat(number("#n-cancelled")).isEqualTo(dropship.get("CANCELLED")).isEqualTo(1);
        assertThat(browser.find("#n-backordered").getAttribute("href"))
                .endsWith("/admin/orders/orders.xhtml?channel=DROPSHIPPING&status=BACKORDERED");
        assertThat(chartToday("orders-chart")).containsEntry("Dropship orders", 4L);
        // low stock: the ring (0 left) is linked, the hoop (17 left) is above the line
        long lowLinked = vendor
                .api()
                .get("/api/v1/products?size=500")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getInt("quantity") <= 5 && skus.containsKey(p.getString("sku")))
                .count();
        assertThat(number("#n-low-stock")).isEqualTo(lowLinked).isEqualTo(1);
        assertThat(browser.find("#low-stock").getText()).contains("DG-RING").doesNotContain("DG-HOOP");
        // the figure's link lists what it counted: the own products low on stock that distributors link to (the
        // other vendor's linked OD-RING is as low; the hoop is above the line)
        browser.find("#n-low-stock").click();
        browser.waitFor().until(d -> d.getCurrentUrl().contains("/admin/catalog/products.xhtml?lowStock=true"));
        assertThat(browser.find("#catalog-total").getText()).isEqualTo(lowLinked + " low-stock product");
        assertThat(texts("[id='catalog:products'] a.gl-sku")).containsExactly("DG-RING");

        // the distributor's dashboard
        browser.openAs(shop, DISTRIBUTOR_PAGE);
        Map<String, Long> own = totals(shop, "");
        assertThat(own.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
        assertStatusFigures(own, "status=");
        assertThat(number("#n-rejected"))
                .isEqualTo(own.getOrDefault("REJECTED", 0L))
                .isEqualTo(1);
        List<JsonObject> orders = shop.api()
                .get("/api/v1/orders?size=500")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        long backordered = orders.stream()
                .filter(o -> o.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> l.getBoolean("backordered")
                                && Set.of("OPEN", "ACCEPTED").contains(l.getString("state"))))
                .count();
        assertThat(number("#n-backordered")).isEqualTo(backordered).isEqualTo(1);
        // its link lists those orders and no other: the other distributor has backordered rings too
        List<String> backorderedNumbers = orders.stream()
                .filter(o -> o.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> l.getBoolean("backordered")
                                && Set.of("OPEN", "ACCEPTED").contains(l.getString("state"))))
                .map(o -> o.getString("number"))
                .toList();
        browser.find("#n-backordered").click();
        browser.waitFor().until(d -> d.getCurrentUrl().contains("/admin/orders/orders.xhtml?backordered=true"));
        assertThat(browser.find("#orders-total").getText()).isEqualTo(backordered + " backordered order");
        assertThat(texts("[id='orders:list'] a.order-link")).containsExactlyElementsOf(backorderedNumbers);
        browser.open(DISTRIBUTOR_PAGE);
        Map<String, Long> perChannel = new HashMap<>();
        orders.forEach(o -> perChannel.merge(label(o.getString("channel")), 1L, Long::sum));
        assertThat(chartToday("orders-chart")).isEqualTo(perChannel);

        long runs = 0;
        long failed = 0;
        for (long source : List.of(linkSource, failing)) {
            List<JsonObject> history = shop.api()
                    .get("/api/v1/import-sources/" + source + "/runs?size=500")
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            runs += history.size();
            failed += history.stream()
                    .filter(r -> r.getString("status").equals("FAILED"))
                    .count();
            WebElement row = browser.driver()
                    .findElement(By.xpath("//table//a[contains(@class,'gl-source-runs')]"
                            + "[substring-after(@href,'source=')='" + source + "']"));
            assertThat(Long.parseLong(row.getText()))
                    .as("runs of source " + source)
                    .isEqualTo(history.size());
        }
        assertThat(number("#n-runs")).isEqualTo(runs).isEqualTo(2);
        assertThat(number("#n-runs-failed")).isEqualTo(failed).isEqualTo(1);
        // each source's last run reads as its label in a status badge, never as the code
        assertThat(texts("#freshness .gl-last-run")).containsExactlyInAnyOrder("Succeeded", "Failed");
        assertThat(browser.find("#freshness .gl-status-FAILED").getAttribute("class"))
                .contains("gl-pill-bad");
        assertThat(browser.find("#freshness .gl-status-SUCCEEDED").getAttribute("class"))
                .contains("gl-pill-ok");
        assertThat(browser.find("#freshness").getText())
                .doesNotContain("FAILED")
                .doesNotContain("SUCCEEDED");
        Map<String, Long> runsToday = chartToday("runs-chart");
        assertThat(runsToday).containsEntry("Succeeded", runs - failed).containsEntry("Failed", failed);

        // a number leads to the list behind it
        browser.driver()
                .findElement(By.xpath(
                        "//a[contains(@class,'gl-source-failed')][substring-after(@href,'source=')='" + failing + "']"))
                .click();
        // the history shows the status as its label
        assertThat(browser.find("#runs\\:history").getText()).contains("Failed");
        assertThat(browser.cspViolations()).isEmpty();

        // webhook failures: the distributor's tracking webhook answers 500, so the notice of a shipment is retried
        try (WebhookReceiver receiver = new WebhookReceiver(500)) {
            var set = shop.api()
                    .put(
                            "/api/v1/settings/tracking-webhook",
                            Json.createObjectBuilder()
                                    .add("url", receiver.url())
                                    .add("secret", "whsec-" + UUID.randomUUID())
                                    .build()
                                    .toString());
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            var shipped = vendor.api()
                    .post(
                            "/api/v1/orders/"
                                    + etsyVendorOrder.getJsonNumber("id").longValue() + "/shipments",
                            Json.createObjectBuilder()
                                    .add("carrier", "ROYAL_MAIL")
                                    .add("trackingNumber", "RB123456785GB")
                                    .add(
                                            "sendDate",
                                            LocalDate.now(ZoneOffset.UTC).toString())
                                    .build()
                                    .toString());
            assertThat(shipped.status()).as(shipped.body()).isEqualTo(201);
            Waits.until(
                    "a failed attempt of the notice",
                    () -> webhookFigures(shop),
                    f -> f[0] + f[1] > 0,
                    java.time.Duration.ofSeconds(60));
            // the notice may move on between two reads: compare the page with two equal reads around it
            for (int attempt = 1; ; attempt++) {
                long[] before = webhookFigures(shop);
                browser.open(DISTRIBUTOR_PAGE);
                long[] page = {number("#n-webhook-failed"), number("#n-webhook-retrying")};
                long[] after = webhookFigures(shop);
                if (java.util.Arrays.equals(before, after) || attempt == 5) {
                    assertThat(page).as("failed, retrying").containsExactly(after);
                    break;
                }
            }
            assertThat(browser.find("#n-webhook-failed").getAttribute("href"))
                    .endsWith("/admin/tracking/webhook.xhtml");
        }
    }

    /** The texts of the elements on the page, in page order. */
    private static List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The API's notices of the account given up ({@code [0]}) and still owed after a failed attempt ({@code [1]}). */
    private static long[] webhookFigures(Api.Account account) {
        long[] figures = new long[2];
        account.api()
                .get("/api/v1/settings/webhook/deliveries?size=500")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .forEach(d -> {
                    if (d.getString("state").equals("FAILED")) {
                        figures[0]++;
                    } else if (d.getString("state").equals("PENDING") && d.getInt("attempts") > 0) {
                        figures[1]++;
                    }
                });
        return figures;
    }

    /** The vendor's feed of everything, granted to the distributor, imported once by a paused source. */
    private static long share(Api.Account vendor, Api.Account distributor) throws InterruptedException {
        var feed = vendor.api().post("/api/v1/feeds", """
                {"name":"All pieces","format":"JSON","fields":["title","category","metal","purity","currency"],
                 "filter":{},"pricing":{"base":"COST","markupPercent":50,"rounding":"NONE"}}""");
        assertThat(feed.status()).as(feed.body()).isEqualTo(201);
        long feedId = feed.json().getJsonNumber("id").longValue();
        JsonObject grant = Network.grant(vendor, feedId, distributor);
        // paused: no scheduled run besides the one this test starts, so that the counts hold still
        long source = Imports.createSource(
                distributor,
                Json.createObjectBuilder()
                        .add("feedUrl", Api.BASE + "/feeds/" + feedId)
                        .add("token", grant.getString("token"))
                        .add("everyMinutes", 1440)
                        .add("paused", true)
                        .build()
                        .toString());
        Network.runImport(distributor, source);
        return source;
    }

    /** The distributor's SKU of each of the vendor's SKUs it links to. */
    private static Map<String, String> skusOf(Api.Account vendor, Api.Account distributor) {
        Map<String, String> skus = new HashMap<>();
        for (JsonObject p : distributor
                .api()
                .get("/api/v1/products?linked=true&size=500")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            JsonObject link = p.getJsonObject("link");
            if (link.getString("vendorPublicId").equals(vendor.publicId())) {
                skus.put(link.getString("vendorSku"), p.getString("sku"));
            }
        }
        return skus;
    }

    /** The API's count of the account's orders per status ({@code filter}: more query parameters). */
    private static Map<String, Long> totals(Api.Account account, String filter) {
        Map<String, Long> totals = new HashMap<>();
        for (String status : STATUSES) {
            long total = account.api()
                    .get("/api/v1/orders?" + filter + "status=" + status + "&size=1")
                    .json()
                    .getJsonNumber("total")
                    .longValue();
            if (total > 0) {
                totals.put(status, total);
            }
        }
        return totals;
    }

    /** The page shows a figure for exactly the statuses the API counts, each the same and linked to its list. */
    private static void assertStatusFigures(Map<String, Long> totals, String query) {
        for (String status : STATUSES) {
            List<WebElement> figure = browser.driver().findElements(By.id("n-all-" + status));
            if (totals.containsKey(status)) {
                assertThat(figure).as(status).hasSize(1);
                assertThat(Long.parseLong(figure.get(0).getText())).as(status).isEqualTo(totals.get(status));
                assertThat(figure.get(0).getAttribute("href")).endsWith("/admin/orders/orders.xhtml?" + query + status);
            } else {
                assertThat(figure).as(status + " has no order").isEmpty();
            }
        }
    }

    /** Today's value of each dataset of a chart, as Chart.js drew it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> chartToday(String id) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
        String label = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH).format(LocalDate.now(ZoneOffset.UTC));
        // a deferred widget: Chart.js draws when the chart comes into view
        Map<String, Object> drawn =
                (Map<String, Object>) browser.waitFor().until(d -> js.executeScript("""
                        const chart = window.Chart && Chart.getChart(arguments[0] + '_canvas');
                        if (!chart) return null;
                        const i = chart.data.labels.indexOf(arguments[1]);
                        const today = {};
                        chart.data.datasets.filter(s => s.type !== 'line')
                            .forEach(s => { if (s.data[i]) today[s.label] = s.data[i]; });
                        return today;""", id, label));
        Map<String, Long> today = new HashMap<>();
        drawn.forEach((k, v) -> today.put(k, ((Number) v).longValue()));
        return today;
    }

    private static String label(String channel) {
        return switch (channel) {
            case "SHOPIFY" -> "Shopify";
            case "AMAZON" -> "Amazon";
            case "ETSY" -> "Etsy";
            case "EBAY" -> "eBay";
            case "MANUAL" -> "Manual";
            default -> channel;
        };
    }

    private static long number(String css) {
        return Long.parseLong(browser.find(css).getText().trim());
    }

    private static WebElement step(String key) {
        return browser.find("#step-" + key);
    }

    /** Each step is done or not as expected (its {@code data-done}), and says so. */
    private static void assertSteps(Map<String, Boolean> expected) {
        List<String> wrong = new ArrayList<>();
        expected.forEach((key, done) -> {
            WebElement step = step(key);
            if (!String.valueOf(done).equals(step.getAttribute("data-done"))
                    || step.getAttribute("class").contains("gl-step-done") != done) {
                wrong.add(key + " should be " + (done ? "done" : "open") + ": " + step.getText());
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** Clicks the step's link and checks where it leads. */
    private static void follow(String key, String page) {
        browser.find("#step-" + key + " a.gl-step-link").click();
        browser.waitFor().until(d -> d.getCurrentUrl().contains(page));
        browser.find("main h1");
    }

    private static String order(String channel, String sku, int quantity) {
        String json = """
                {"channel":"%s","externalId":"dash-%s","currency":"USD",
                 "shippingAddress":{"name":"Mia Chen","line1":"20 Pine St","city":"Seattle","region":"WA",
                 "postalCode":"98101","country":"US","phone":"+1 206 555 0100"},
                 "lines":[{"sku":"%s","quantity":%d,"unitPrice":299.99}]}""";
        return json.formatted(channel, UUID.randomUUID(), sku, quantity);
    }

    private static JsonObject place(Api.Account shop, String channel, String sku, int quantity) {
        var placed = shop.api().post("/api/v1/orders", order(channel, sku, quantity));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed.json();
    }
}
