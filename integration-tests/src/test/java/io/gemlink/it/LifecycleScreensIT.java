package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * a reason and a note, confirming it, and the distributor sees the rejection on its own order page; the vendor
 * proposes a later ship date on its order page and the distributor refuses it (the line cancelled on both sides,
 * the stock back) or accepts it (the line stays) on its own; each side sees what waits for it.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleScreensIT {

    private static final String LATER =
            LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();
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
        Dropship d = dropship("Screen Reject", "SRJ", 2);

        browser.openAs(d.vendor(), page(d.vendorOrder()));
        assertThat(browser.find("#order\\:lines").getText()).contains("SRJ-A").contains("Open");
        new Select(browser.find("#order\\:reject-line")).selectByValue("1");
        new Select(browser.find("#order\\:reject-reason")).selectByValue("DISCONTINUED");
        browser.find("#order\\:reject-note").sendKeys("retired this design");
        browser.find("#order\\:reject").click();
        confirmAndSee("Line 1 rejected");
        assertThat(browser.find("#order\\:lines").getText())
                .contains("Rejected")
                .contains("Discontinued: retired this design");
        assertThat(OrderLifecycleIT.stock(d.vendor(), "SRJ-A"))
                .as("the 2 units back")
                .isEqualTo(5);

        browser.openAs(d.shop(), page(d.order()));
        String lines = browser.find("#order\\:lines").getText();
        assertThat(lines).contains("Rejected").contains("Discontinued: retired this design");
        assertThat(state(1)).isEqualTo("Rejected");
        assertThat(state(2)).isEqualTo("Open");
        assertThat(browser.find("#status").getText()).isEqualTo("Partially rejected");
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

        browser.openAs(shop, "/admin/orders/orders.xhtml");
        assertThat(browser.driver().findElements(By.id("nav:needs-action")))
                .as("nothing waits for the distributor yet")
                .isEmpty();

        var proposed = vendor.api()
                .post(
                        OrderLifecycleIT.linePath(vendorOrder, 1, "propose-date"),
                        "{\"shipDate\":\"" + LATER + "\",\"note\":\"stone on its way\"}");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);

        browser.open("/admin/orders/orders.xhtml");
        assertThat(browser.find("#needs-action-count").getText()).isEqualTo("1");
        browser.find("#nav\\:needs-action").click();
        browser.waitFor().until(ExpectedConditions.urlContains("needsAction=true"));
        String listed = browser.find("#orders\\:list").getText();
        // each row starts with its order's number; a vendor part's number on a row ("SA-100064") may equal another
        // order's number of this account, so the whole text is not searched for it
        assertThat(listed.lines().map(line -> line.split(" ")[0]).toList())
                .contains(order.getString("number"))
                .doesNotContain(quiet.getString("number"));
        assertThat(browser.driver()
                        .findElement(By.id("orders:needs-action_input"))
                        .isSelected())
                .as("the filter is on")
                .isTrue();
        browser.open(page(order));
        assertThat(browser.find("#order\\:lines").getText())
                .contains("Ship date proposed")
                .contains("stone on its way");

        browser.openAs(vendor, "/admin/orders/orders.xhtml");
        assertThat(browser.find("#needs-action-count").getText())
                .as("the vendor's two dropship orders with an OPEN line")
                .isEqualTo("2");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void theVendorProposesAShipDateAndTheDistributorRefusesItWhichCancelsTheLineOnBothSides() throws Exception {
        Dropship d = dropship("Screen Refuse", "SPR", 2);
        assertThat(OrderLifecycleIT.stock(d.vendor(), "SPR-A")).as("2 reserved").isEqualTo(3);

        browser.openAs(d.vendor(), page(d.vendorOrder()));
        new Select(browser.find("#order\\:propose-line")).selectByValue("1");
        browser.find("#order\\:propose-submit").click();
        confirmAndSee("Ship date: is required");
        assertThat(OrderLifecycleIT.line(OrderLifecycleIT.get(d.vendor(), d.vendorOrder()), 1)
                        .isNull("proposedShipDate"))
                .as("a refused proposal changes nothing")
                .isTrue();

        new Select(browser.find("#order\\:propose-line")).selectByValue("1");
        browser.find("#order\\:propose-date_input").sendKeys(LATER);
        browser.find("#order\\:propose-note").sendKeys("stone back in three weeks");
        assertThat(browser.find("#order\\:propose-note").getAttribute("value")).isEqualTo("stone back in three weeks");
        browser.find("#order\\:propose-submit").click();
        confirmAndSee("Ship date " + LATER + " proposed for line 1");
        assertThat(row(1))
                .contains("Ship date proposed: " + shown(LATER) + " (stone back in three weeks)", "not answered yet");
        assertThat(browser.driver().findElements(By.id("order:lines:0:refuse-date")))
                .as("the vendor does not answer its own proposal")
                .isEmpty();

        browser.openAs(d.shop(), page(d.order()));
        assertThat(row(1)).contains("Ship date proposed: " + shown(LATER), "not answered yet");
        assertThat(browser.driver().findElements(By.id("order:lines:1:accept-date")))
                .as("line 2 has no proposal")
                .isEmpty();
        browser.find("#order\\:lines\\:0\\:refuse-date").click();
        assertThat(browser.find(".ui-confirm-dialog-message").getText())
                .contains("Line 1 will be cancelled")
                .contains("stock released");
        confirmAndSee("Ship date for line 1 refused");
        assertThat(state(1)).isEqualTo("Cancelled");
        assertThat(state(2)).isEqualTo("Open");
        assertThat(row(1)).contains("Refused");
        assertThat(browser.find("#order\\:cancellation").getText()).contains("Backorder too long");
        assertThat(browser.driver().findElements(By.id("order:lines:0:refuse-date")))
                .as("nothing left to answer")
                .isEmpty();
        assertThat(browser.cspViolations()).isEmpty();

        browser.openAs(d.vendor(), page(d.vendorOrder()));
        assertThat(state(1)).isEqualTo("Cancelled");
        assertThat(state(2)).isEqualTo("Open");
        assertThat(row(1)).contains("Refused");
        JsonObject vendorLine = OrderLifecycleIT.line(OrderLifecycleIT.get(d.vendor(), d.vendorOrder()), 1);
        assertThat(vendorLine.getString("state")).isEqualTo("CANCELLED");
        assertThat(vendorLine.getJsonObject("proposedShipDate").getString("answer"))
                .isEqualTo("REFUSED");
        assertThat(OrderLifecycleIT.stock(d.vendor(), "SPR-A"))
                .as("the 2 units back")
                .isEqualTo(5);
        assertThat(OrderLifecycleIT.stock(d.vendor(), "SPR-B"))
                .as("line 2 still holds its unit")
                .isEqualTo(4);
    }

    @Test
    void theDistributorAcceptsAProposedShipDateAndTheLineStaysAndAStaleAnswerIsRefused() throws Exception {
        Dropship d = dropship("Screen Keep", "SPK", 1);
        for (int lineNo : new int[] {1, 2}) {
            var proposed =
                    OrderProposalsIT.propose(d.vendor(), d.vendorOrder(), lineNo, "{\"shipDate\":\"" + LATER + "\"}");
            assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        }

        browser.openAs(d.shop(), page(d.order()));
        // line 2's proposal is answered elsewhere meanwhile: this page's refusal of it is refused, nothing changed
        var answered = d.shop().api().post(OrderLifecycleIT.linePath(d.order(), 2, "proposal/accept"), "");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        browser.find("#order\\:lines\\:1\\:refuse-date").click();
        confirmAndSee("has no proposed ship date waiting for an answer");
        assertThat(state(2)).isEqualTo("Open");
        assertThat(OrderLifecycleIT.line(OrderLifecycleIT.get(d.shop(), d.order()), 2)
                        .getString("state"))
                .isEqualTo("OPEN");

        browser.find("#order\\:lines\\:0\\:accept-date").click();
        browser.awaitMessage("Ship date for line 1 accepted");
        assertThat(state(1)).isEqualTo("Open");
        assertThat(row(1)).contains("Ship date proposed: " + shown(LATER), "Accepted");
        assertThat(browser.driver().findElements(By.id("order:lines:0:accept-date")))
                .as("answered")
                .isEmpty();
        assertThat(browser.cspViolations()).isEmpty();

        JsonObject vendorLine = OrderLifecycleIT.line(OrderLifecycleIT.get(d.vendor(), d.vendorOrder()), 1);
        assertThat(vendorLine.getString("state")).isEqualTo("OPEN");
        assertThat(vendorLine.getJsonObject("proposedShipDate").getString("answer"))
                .isEqualTo("ACCEPTED");
        assertThat(OrderLifecycleIT.stock(d.vendor(), "SPK-A"))
                .as("still reserved")
                .isEqualTo(4);
        browser.openAs(d.vendor(), page(d.vendorOrder()));
        assertThat(row(1)).contains("Accepted");
        assertThat(state(1)).isEqualTo("Open");
    }

    // --- helpers

    private record Dropship(Api.Account vendor, Api.Account shop, JsonObject order, JsonObject vendorOrder) {}

    /** A distributor's order of {@code first} units of the vendor's PREFIX-A (5 in stock) and 1 of PREFIX-B (5). */
    private static Dropship dropship(String name, String prefix, int first) throws Exception {
        var vendor = Network.vendor(name + " Gems", "PROCESSING", Map.of(prefix + "-A", 5, prefix + "-B", 5));
        var shop = Network.distributor(name + " Boutique");
        var skus = Network.link(vendor, shop);
        JsonObject order = OrderLifecycleIT.place(
                shop, OrderLifecycleIT.lines(skus.get(prefix + "-A"), first, skus.get(prefix + "-B"), 1));
        return new Dropship(vendor, shop, order, OrderLifecycleIT.dropshipOrderOf(vendor, order));
    }

    static String page(JsonObject order) {
        return "/admin/orders/order.xhtml?id=" + order.getJsonNumber("id");
    }

    /** Says yes to the page's confirmation dialog and waits for the message the action answers. */
    private static void confirmAndSee(String message) {
        browser.find("#order\\:confirm-yes").click();
        browser.awaitMessage(message);
    }

    private static String row(int lineNo) {
        return browser.find("#order\\:lines")
                .findElement(By.cssSelector(".line-" + lineNo))
                .getText();
    }

    /** A date as the admin shows it (io.gemlink.web.admin.Labels): 2026-12-15 → "Dec 15, 2026". */
    static String shown(String isoDate) {
        return java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US)
                .format(LocalDate.parse(isoDate));
    }

    private static String state(int lineNo) {
        return browser.find("#order\\:lines")
                .findElement(By.cssSelector(".line-" + lineNo + " .line-state"))
                .getText();
    }
}
