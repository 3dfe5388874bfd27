package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The order lifecycle on the admin screens, in a real browser: the vendor rejects a line of its dropship order with
 * a reason and a note, confirming it, and the distributor sees the rejection on its own order page.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleScreensIT {

    private static final String PASSWORD = "correct horse battery"; // Api.signup's password
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theVendorRejectsALineWithAReasonAndTheDistributorSeesItOnItsOrder() throws Exception {
        var vendor = Network.vendor("Screen Reject Gems", "PROCESSING", Map.of("SRJ-A", 5, "SRJ-B", 5));
        var shop = Network.distributor("Screen Reject Boutique");
        var skus = Network.link(vendor, shop);
        JsonObject order =
                OrderLifecycleIT.place(shop, OrderLifecycleIT.lines(skus.get("SRJ-A"), 2, skus.get("SRJ-B"), 1));
        JsonObject vendorOrder = OrderLifecycleIT.dropshipOrderOf(vendor, order);

        browser.driver().manage().deleteAllCookies();
        browser.login(vendor.email(), PASSWORD);
        browser.open("/admin/orders/order.xhtml?id=" + vendorOrder.getJsonNumber("id"));
        assertThat(browser.find("#order\\:lines").getText()).contains("SRJ-A").contains("OPEN");
        new Select(browser.find("#order\\:reject-line")).selectByValue("1");
        new Select(browser.find("#order\\:reject-reason")).selectByValue("DISCONTINUED");
        browser.find("#order\\:reject-note").sendKeys("retired this design");
        browser.find("#order\\:reject").click();
        browser.find("#order\\:confirm-yes").click();

        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Line 1 rejected"));
        assertThat(browser.find("#order\\:lines").getText())
                .contains("REJECTED")
                .contains("Discontinued: retired this design");
        assertThat(OrderLifecycleIT.stock(vendor, "SRJ-A"))
                .as("the 2 units back")
                .isEqualTo(5);

        browser.driver().manage().deleteAllCookies();
        browser.login(shop.email(), PASSWORD);
        browser.open("/admin/orders/order.xhtml?id=" + order.getJsonNumber("id"));
        String lines = browser.find("#order\\:lines").getText();
        assertThat(lines).contains("REJECTED").contains("Discontinued: retired this design");
        assertThat(browser.find("#order\\:lines")
                        .findElement(By.cssSelector(".line-1 .line-state"))
                        .getText())
                .isEqualTo("REJECTED");
        assertThat(browser.find("#order\\:lines")
                        .findElement(By.cssSelector(".line-2 .line-state"))
                        .getText())
                .isEqualTo("OPEN");
        assertThat(browser.find("#status").getText()).isEqualTo("PARTIALLY_REJECTED");
        assertThat(browser.driver().findElements(By.id("order:reject")))
                .as("the distributor answers no vendor line")
                .isEmpty();
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void eachSideSeesABadgeOfItsOrdersThatNeedActionAndTheFilteredList() throws Exception {
        var vendor = Network.vendor("Screen Action Gems", "PROCESSING", Map.of("SNA-A", 5));
        var shop = Network.distributor("Screen Action Boutique");
        var skus = Network.link(vendor, shop);
        JsonObject order = OrderLifecycleIT.place(shop, OrderLifecycleIT.lines(skus.get("SNA-A"), 1));
        JsonObject quiet = OrderLifecycleIT.place(shop, OrderLifecycleIT.lines(skus.get("SNA-A"), 1));
        JsonObject vendorOrder = OrderLifecycleIT.dropshipOrderOf(vendor, order);
        OrderLifecycleIT.dropshipOrderOf(vendor, quiet);

        browser.driver().manage().deleteAllCookies();
        browser.login(shop.email(), PASSWORD);
        browser.open("/admin/orders/orders.xhtml");
        assertThat(browser.driver().findElements(By.id("nav:needs-action")))
                .as("nothing waits for the distributor yet")
                .isEmpty();

        var proposed = vendor.api()
                .post(
                        OrderLifecycleIT.linePath(vendorOrder, 1, "propose-date"),
                        "{\"shipDate\":\""
                                + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                        .plusDays(14) + "\",\"note\":\"stone on its way\"}");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);

        browser.open("/admin/orders/orders.xhtml");
        assertThat(browser.find("#needs-action-count").getText()).isEqualTo("1");
        browser.find("#nav\\:needs-action").click();
        browser.waitFor().until(ExpectedConditions.urlContains("needsAction=true"));
        String listed = browser.find("#orders\\:list").getText();
        assertThat(listed).contains(order.getString("number")).doesNotContain(quiet.getString("number"));
        assertThat(browser.driver()
                        .findElement(By.id("orders:needs-action_input"))
                        .isSelected())
                .as("the filter is on")
                .isTrue();
        browser.open("/admin/orders/order.xhtml?id=" + order.getJsonNumber("id"));
        assertThat(browser.find("#order\\:lines").getText())
                .contains("Ship date proposed")
                .contains("stone on its way");

        browser.driver().manage().deleteAllCookies();
        browser.login(vendor.email(), PASSWORD);
        browser.open("/admin/orders/orders.xhtml");
        assertThat(browser.find("#needs-action-count").getText())
                .as("the vendor's two dropship orders with an OPEN line")
                .isEqualTo("2");
        assertThat(browser.cspViolations()).isEmpty();
    }
}
