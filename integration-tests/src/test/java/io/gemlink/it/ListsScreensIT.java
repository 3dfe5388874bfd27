package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin's lists in a real browser (docs/screens.md): the orders list paged, sorted and searched in the
 * database with its total; codes shown as labels, money by currency and times to the minute; the order list and
 * order page at a phone's 390 px, the feed builder in a 1400 px window.
 */
@ExtendWith(ArquillianExtension.class)
class ListsScreensIT {

    private static final String TIME = "[A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{2}:\\d{2} \\S+";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void normalWindow() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theOrdersListPagesSortsAndSearchesWithItsTotal() {
        var shop = Api.signup("Lists Paging Boutique");
        List<JsonObject> placed = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            placed.add(place(shop, "lst-" + i, i == 7 ? "Zoe Quartzfield" : "Mia Chen", "120.50"));
        }
        String newest = placed.get(29).getString("number");
        String oldest = placed.get(0).getString("number");

        browser.openAs(shop, "/admin/orders/orders.xhtml");
        assertThat(browser.find("#orders-total").getText()).isEqualTo("30 orders");
        assertThat(numbers()).as("25 a page, newest first").hasSize(25).startsWith(newest);

        browser.find("#orders\\:list .ui-paginator-next").click();
        browser.waitFor().until(d -> numbers().size() == 5);
        assertThat(numbers()).as("page 2: the 5 oldest").endsWith(oldest);

        browser.waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='orders:list']//th[contains(@class,"
                        + "'ui-sortable-column')][.//span[normalize-space()='Order']]")))
                .click();
        browser.waitFor().until(d -> !numbers().isEmpty() && numbers().get(0).equals(oldest));
        List<String> ascending = numbers();
        assertThat(ascending)
                .as("sorted by number, ascending, from the first page")
                .hasSize(25)
                .isSorted();

        browser.find("#orders\\:q").sendKeys("quartzfield");
        browser.find("#orders\\:filter").click();
        browser.waitFor().until(ExpectedConditions.textToBe(By.id("orders-total"), "1 order"));
        assertThat(numbers()).containsExactly(placed.get(6).getString("number"));

        browser.open("/admin/orders/orders.xhtml?status=SHIPPED");
        assertThat(browser.find("#orders-total").getText()).isEqualTo("0 orders");
        assertThat(browser.find("#orders\\:list").getText())
                .as("the empty list says that the filter is the cause")
                .contains("No orders match this search or filter");
        browser.open("/admin/orders/orders.xhtml?status=new");
        assertThat(browser.find("#orders-total").getText()).isEqualTo("30 orders");
        assertThat(browser.find("#orders\\:status_label").getText()).isEqualTo("New");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void codesShowAsLabelsMoneyByCurrencyAndTimesToTheMinute() {
        var shop = Api.signup("Lists Labels Boutique");
        JsonObject order = place(shop, "lbl-" + UUID.randomUUID(), "Mia Chen", "10071.16");

        browser.openAs(shop, "/admin/orders/orders.xhtml");
        WebElement row = browser.find("#orders\\:list tbody tr");
        assertThat(row.getText()).contains("Shopify").doesNotContain("SHOPIFY");
        WebElement status = row.findElement(By.cssSelector(".order-status"));
        assertThat(status.getText()).isEqualTo("New");
        assertThat(status.getAttribute("class")).contains("gl-pill-warn");
        String placedAt = row.findElement(By.cssSelector(".order-placed")).getText();
        assertThat(placedAt).as("no seconds, no microseconds, the zone named").matches(TIME);

        browser.open(LifecycleScreensIT.page(order));
        assertThat(browser.find("#channel").getText()).isEqualTo("Shopify");
        assertThat(browser.find("#status").getText()).isEqualTo("New");
        assertThat(browser.find(".line-1 .line-price").getText()).isEqualTo("$10,071.16");
        assertThat(browser.find("#order-total").getText()).isEqualTo("$20,142.32");
        assertThat(browser.find("#placed").getText()).matches(TIME);

        var vendor = Network.vendor("Lists Labels Gems", "PROCESSING", Map.of("LL-A", 5));
        browser.openAs(vendor, "/admin/catalog/products.xhtml");
        String catalog = browser.find("#catalog\\:products").getText();
        assertThat(catalog)
                .as("a category and a metal with its purity, as jewelers say them")
                .contains("Ring")
                .contains("14K gold")
                .contains("$250.00")
                .doesNotContain("RING")
                .doesNotContain("GOLD 14K");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void theOrderListAndTheOrderPageFitAPhone() {
        var shop = Api.signup("Lists Phone Boutique");
        JsonObject order = null;
        for (int i = 0; i < 3; i++) {
            order = place(shop, "phone-" + UUID.randomUUID(), "Mia Chen", "450.00");
        }
        browser.openAs(shop, "/admin/orders/orders.xhtml");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/admin/orders/orders.xhtml");
        browser.find("#orders-total");
        assertThat(innerWidth()).as("the window is a phone's").isLessThanOrEqualTo(390);
        assertFits("the orders list");

        browser.open(LifecycleScreensIT.page(order));
        browser.find("#status");
        assertFits("the order page");
    }

    @Test
    void theFeedBuilderFitsA1400PixelWindow() {
        var vendor = Network.vendor("Lists Feed Gems", "PROCESSING", Map.of("LF-A", 5, "LF-B", 2));
        browser.openAs(vendor, "/admin/feeds/feed.xhtml");
        browser.driver().manage().window().setSize(new Dimension(1400, 900));
        browser.open("/admin/feeds/feed.xhtml");
        browser.find("#feed\\:preview").click();
        browser.waitFor().until(d -> browser.find("#preview").getText().contains("LF-A"));
        assertThat(browser.find("#feed\\:rounding").getText()).contains("Round up to .99");
        assertFits("the feed builder");
    }

    @Test
    void theCatalogHidesAndShowsTheSelectedProducts() {
        var vendor = Network.vendor("Lists Bulk Gems", "PROCESSING", Map.of("LB-A", 1, "LB-B", 1, "LB-C", 1));
        browser.openAs(vendor, "/admin/catalog/products.xhtml");
        assertThat(browser.find("#catalog-total").getText()).isEqualTo("3 products");
        select("LB-A");
        select("LB-B");
        browser.find("#catalog\\:hide").click();
        browser.awaitMessage("Hidden: 2 products.");
        assertThat(hidden(vendor, "LB-A")).isTrue();
        assertThat(hidden(vendor, "LB-B")).isTrue();
        assertThat(hidden(vendor, "LB-C")).as("not selected").isFalse();
        browser.waitFor()
                .until(d -> d.findElements(By.cssSelector("#catalog\\:products .product-hidden"))
                                .size()
                        == 2);

        select("LB-B");
        browser.find("#catalog\\:unhide").click();
        browser.awaitMessage("Shown again: 1 product.");
        assertThat(hidden(vendor, "LB-B")).isFalse();
        assertThat(hidden(vendor, "LB-A")).isTrue();
        assertThat(browser.cspViolations()).isEmpty();
    }

    private static void select(String sku) {
        String row = "//*[@id='catalog:products']//tr[.//a[normalize-space()='" + sku + "']]";
        String box = "//td[contains(@class,'ui-selection-column')]//div[contains(@class,'ui-chkbox-box')]";
        browser.waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.xpath(row + box)))
                .click();
    }

    private static boolean hidden(Api.Account account, String sku) {
        return account.api().get("/api/v1/products/" + sku).json().getBoolean("hidden");
    }

    private static JsonObject place(Api.Account shop, String externalId, String customer, String price) {
        String body = """
                {"channel":"SHOPIFY","externalId":"%s","currency":"USD",
                 "shippingAddress":{"name":"%s","line1":"20 Pine St","city":"Seattle","region":"WA",
                 "postalCode":"98101","country":"US","phone":"+1 206 555 0100"},
                 "lines":[{"sku":"LIST-RING","quantity":2,"unitPrice":%s}]}""".formatted(externalId, customer, price);
        var placed = shop.api().post("/api/v1/orders", body);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json();
    }

    /** The order numbers on the page, read in one script (an Ajax update cannot make them stale half-way). */
    @SuppressWarnings("unchecked")
    private static List<String> numbers() {
        return (List<String>) ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('[id=\"orders:list\"] .order-link'))"
                        + ".map(e => e.textContent.trim());");
    }

    private static long innerWidth() {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth;"))
                .longValue();
    }

    /**
     * No sideways scroll of the page, and nothing of the page's content beyond the window either: a table that
     * scrolls inside its own box (PrimeFaces' wrapper) would not widen the body, but would still be cut off.
     */
    private static void assertFits(String what) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long scroll = ((Number) js.executeScript("return document.body.scrollWidth;")).longValue();
        String widest = (String) js.executeScript(
                "let w = null; document.querySelectorAll('main *').forEach(e => { const r = e.getBoundingClientRect();"
                        + " if (r.width > 1 && r.height > 1 && e.offsetParent !== null"
                        + " && r.right > window.innerWidth + 1 && (!w || r.right > w.r)) w = {r: r.right, e: e}; });"
                        + " return w ? w.e.tagName + '#' + w.e.id + '.' + w.e.className + ' to ' + w.r : null;");
        assertThat(scroll).as(what + " scrolls sideways; widest: " + widest).isLessThanOrEqualTo(innerWidth());
        assertThat(widest)
                .as(what + ": content beyond the window's " + innerWidth() + " px")
                .isNull();
    }
}
