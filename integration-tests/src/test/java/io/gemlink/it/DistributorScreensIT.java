package io.gemlink.it;

import static io.gemlink.it.FeedServer.Feed;
import static io.gemlink.it.FeedServer.Row;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The distributor's import screens in a real browser: add a source, run it, watch it finish, see the products. */
@ExtendWith(ArquillianExtension.class)
class DistributorScreensIT {

    private static final String PASSWORD = "correct horse battery"; // Api.signup's password
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
    void distributorAddsASourceRunsItAndSeesItsLinkedProducts() {
        var vendor = Api.signup("Screen Vendor Gems");
        var distributor = Api.signup("Screen Distributor");
        String path = ImportPipelineIT.path();
        feeds.serve(
                path,
                Feed.of(
                        vendor.publicId(),
                        "CSV",
                        List.of(
                                new Row("SR-1", "100.00", 4, "Screen ring"),
                                new Row("SR-2", "20.00", 2, "Screen pendant"),
                                new Row("SR-3", "60.00", 0, "Screen bracelet"))));
        browser.driver().manage().deleteAllCookies();
        browser.login(distributor.email(), PASSWORD);

        browser.open("/admin/imports/sources.xhtml");
        assertThat(browser.find("#sources\\:table").getText()).contains("No import sources yet");
        browser.find("#add").click();
        browser.find("#source\\:feedUrl").sendKeys(feeds.url(path));
        browser.find("#source\\:token").sendKeys("screen-token");
        browser.find("#source\\:save").click();

        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));
        assertThat(browser.find("#sources\\:table").getText())
                .contains(feeds.url(path))
                .contains("never run");
        browser.find("#sources\\:table\\:0\\:run").click();

        assertThat(browser.find("#runs\\:progress")).isNotNull();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("runs:summary"), "Succeeded"));
        assertThat(browser.find("#runs\\:summary").getText()).contains("created 3");
        assertThat(browser.find("#runs\\:progress").getText()).contains("100%");
        assertThat(browser.find("#runs\\:history").getText()).contains("Manual").contains("Succeeded");
        assertThat(feeds.lastAuthorization(path)).isEqualTo("Bearer screen-token");
        assertThat(browser.find("#runs\\:progress").getAttribute("class")).contains("gl-progress-SUCCEEDED");

        // no grant behind the token: an external feed, whose rows are the distributor's own products
        long source = distributor
                .api()
                .get("/api/v1/import-sources")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        browser.open("/admin/catalog/products.xhtml");
        String table = browser.find("#catalog\\:products").getText();
        assertThat(table)
                .contains("S" + source + "-SR-1")
                .contains("Screen ring")
                .contains("100.00")
                .contains("S" + source + "-SR-3");
        assertThat(browser.driver().getPageSource()).doesNotContain("p:dataTable");
        browser.find("#catalog\\:q").sendKeys("no-such-piece");
        browser.find("#catalog\\:search").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("catalog:products"), "No products match this search"));
        browser.open("/admin/distributor/linked-products.xhtml");
        assertThat(browser.find("#linked\\:products").getText()).doesNotContain("SR-1");

        browser.open("/admin/imports/sources.xhtml");
        assertThat(browser.find("#sources\\:table").getText())
                .contains("Succeeded")
                .contains("External feed")
                .doesNotContain(vendor.publicId());

        // a run that fails reads as failed: a red bar and a red status, not a blue 100 %
        feeds.serve(path, Feed.status(500));
        assertThat(Imports.run(distributor, source).getString("status")).isEqualTo("FAILED");
        browser.open("/admin/imports/runs.xhtml?source=" + source);
        assertThat(browser.find("#runs\\:summary").getText()).contains("Failed");
        assertThat(browser.find("#runs\\:progress").getAttribute("class")).contains("gl-progress-FAILED");
        assertThat(browser.find("#runs\\:history .gl-status-FAILED").getText()).isEqualTo("Failed");
        assertThat(browser.find("#runs\\:history .gl-status-SUCCEEDED").getText())
                .isEqualTo("Succeeded");
    }

    @Test
    void aLinkedProductsQuantityFollowsItsVendorAndIsNotEditedOnItsPage() throws Exception {
        var vendor = Network.vendor("Screen Stock Gems", "PROCESSING", Map.of("SS-RING", 6));
        var distributor = Network.distributor("Screen Stock Boutique");
        String sku = Network.link(vendor, distributor).get("SS-RING");
        browser.driver().manage().deleteAllCookies();
        browser.login(distributor.email(), PASSWORD);

        browser.open("/admin/catalog/product.xhtml?sku=" + sku);
        assertThat(browser.find("#product\\:quantity").getAttribute("readonly"))
                .as("the quantity of a linked product is the vendor's")
                .isNotNull();
        assertThat(browser.driver().getPageSource()).contains("follows the vendor");
        browser.find("#product\\:title").clear();
        browser.find("#product\\:title").sendKeys("Our own title");
        browser.find("#product\\:save").click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));

        JsonObject saved = distributor.api().get("/api/v1/products/" + sku).json();
        assertThat(saved.getString("title"))
                .as("content is the distributor's to edit")
                .isEqualTo("Our own title");
        assertThat(saved.getInt("quantity")).isEqualTo(6);
        assertThat(saved.isNull("link")).as("still linked").isFalse();

        // a manual order: a SKU the catalog lacks and a negative quantity are refused with what to fix, not saved
        browser.open("/admin/orders/new-order.xhtml");
        browser.find("#manual\\:name").sendKeys("Phone customer");
        browser.find("input[id$=':0:sku_input']").sendKeys("NO-SUCH-PIECE");
        browser.find("input[id$=':0:quantity']").sendKeys("1");
        browser.find("#manual\\:place").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("messages"), "SKU NO-SUCH-PIECE: no product with this SKU in your catalog"));
        browser.find("input[id$=':0:sku_input']").clear();
        browser.find("input[id$=':0:sku_input']").sendKeys(sku);
        browser.find("input[id$=':0:quantity']").clear();
        browser.find("input[id$=':0:quantity']").sendKeys("-2");
        browser.find("#manual\\:place").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("messages"), "Line 1 quantity: must be 1 or more"));
        assertThat(browser.find("#messages").getText())
                .as("the form's words, not the API's field names")
                .contains("Address: is required")
                .doesNotContain("shippingAddress");
        assertThat(distributor.api().get("/api/v1/orders").json().getInt("total"))
                .as("nothing saved")
                .isZero();
    }
}
