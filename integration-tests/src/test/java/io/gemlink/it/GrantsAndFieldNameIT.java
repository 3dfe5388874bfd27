package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue #18 in a real browser: a vendor revokes a selection of its grants at once on the Partners screen (only those
 * tokens stop working; nothing selected, or another account's grant slipped into the selection, revokes nothing), and
 * an account's own name for a shipment's extended field 1 (shown on the order page and on the distributor's copy; a
 * name too long is refused at its field with nothing saved).
 */
@ExtendWith(ArquillianExtension.class)
class GrantsAndFieldNameIT {

    private static final String UPS = "1Z999AA10123456784";
    private static final String PARTNERS = "/admin/partners/partners.xhtml";
    private static final String SETTINGS = "/admin/settings/dropshipping.xhtml";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aVendorRevokesTwoOfItsThreeGrantsAtOnceAndOnlyThoseTokensStopWorking() {
        var vendor = Network.vendor("Bulk Revoke Gems", "PROCESSING", Map.of("BR-RING", 3));
        var first = Network.distributor("Revoke First Boutique");
        var second = Network.distributor("Revoke Second Boutique");
        var third = Network.distributor("Revoke Third Boutique");
        long feedId = feed(vendor);
        String firstToken = Network.grant(vendor, feedId, first).getString("token");
        String secondToken = Network.grant(vendor, feedId, second).getString("token");
        String thirdToken = Network.grant(vendor, feedId, third).getString("token");
        assertThat(fetch(feedId, firstToken)).isEqualTo(200);
        assertThat(fetch(feedId, secondToken)).isEqualTo(200);
        assertThat(fetch(feedId, thirdToken)).isEqualTo(200);

        browser.openAs(vendor, PARTNERS);
        assertThat(browser.find("#grants\\:table").getText())
                .contains("Revoke First Boutique", "Revoke Second Boutique", "Revoke Third Boutique", "All pieces");
        select("Revoke First Boutique");
        select("Revoke Second Boutique");
        browser.find("#grants\\:revoke-selected").click();
        assertThat(browser.find("#revoke-question").getText()).isEqualTo("Revoke 2 grants?");
        browser.waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("grants:revoke-yes")))
                .click();
        browser.awaitMessage("2 grants revoked");

        assertThat(fetch(feedId, firstToken)).isIn(401, 403);
        assertThat(fetch(feedId, secondToken)).isIn(401, 403);
        assertThat(fetch(feedId, thirdToken)).as("not selected").isEqualTo(200);
        browser.waitFor()
                .until(d -> !d.findElement(By.id("grants:table")).getText().contains("Revoke First Boutique"));
        assertThat(browser.find("#grants\\:table").getText())
                .contains("Revoke Third Boutique")
                .doesNotContain("Revoke Second Boutique");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void nothingSelectedOrAnotherAccountsGrantInTheSelectionRevokesNothing() {
        var vendor = Network.vendor("Scoped Revoke Gems", "PROCESSING", Map.of("SR-RING", 3));
        var shop = Network.distributor("Scoped Revoke Boutique");
        long feedId = feed(vendor);
        String ownToken = Network.grant(vendor, feedId, shop).getString("token");
        var otherVendor = Network.vendor("Other Revoke Gems", "PROCESSING", Map.of("OR-RING", 3));
        long otherFeedId = feed(otherVendor);
        JsonObject foreign = Network.grant(otherVendor, otherFeedId, shop);
        String foreignToken = foreign.getString("token");
        assertThat(fetch(otherFeedId, foreignToken)).isEqualTo(200);

        browser.openAs(vendor, PARTNERS);
        assertThat(browser.find("#grants\\:table").getText())
                .contains("Scoped Revoke Boutique")
                .doesNotContain("Other Revoke Gems");
        browser.find("#grants\\:revoke-selected").click();
        browser.awaitMessage("Select the grants to revoke first");
        assertThat(browser.driver().findElement(By.id("grants:revoke-dialog")).isDisplayed())
                .as("no question without a selection")
                .isFalse();

        // another vendor's grant slipped into the selection (the table's selection field, edited)
        browser.open(PARTNERS); // no message of before on the page
        browser.find("#grants\\:table");
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.getElementById('grants:table_selection').value = arguments[0];",
                        foreign.getJsonNumber("id").toString());
        browser.find("#grants\\:revoke-selected").click();
        browser.waitFor()
                .until(d -> d.findElement(By.id("messages")).getText().contains("nothing was revoked")
                        || d.findElement(By.id("grants:revoke-dialog")).isDisplayed());
        if (browser.driver().findElement(By.id("grants:revoke-dialog")).isDisplayed()) {
            browser.find("#grants\\:revoke-yes").click(); // were it asked, saying yes must still revoke nothing
            browser.awaitMessage("nothing was revoked");
        }
        assertThat(fetch(otherFeedId, foreignToken))
                .as("another account's grant is never revoked")
                .isEqualTo(200);
        assertThat(fetch(feedId, ownToken)).isEqualTo(200);
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void aVendorsNameForExtendedField1ShowsOnItsOrderPageAndOnItsDistributorsCopy() throws Exception {
        var vendor = Network.vendor("Field Name Gems", "PROCESSING", Map.of("FN-RING", 3));
        var shop = Network.distributor("Field Name Boutique");
        var skus = Network.link(vendor, shop);
        JsonObject order = OrderLifecycleIT.place(shop, OrderLifecycleIT.lines(skus.get("FN-RING"), 1));
        JsonObject vendorOrder = OrderLifecycleIT.dropshipOrderOf(vendor, order);

        browser.openAs(vendor, SETTINGS);
        browser.find("#settings\\:extended-name").sendKeys("  Box number  ");
        browser.find("#settings\\:save").click();
        browser.awaitMessage("Dropshipping settings saved");
        browser.open(SETTINGS);
        assertThat(browser.find("#settings\\:extended-name").getAttribute("value"))
                .as("stored trimmed")
                .isEqualTo("Box number");

        browser.open(LifecycleScreensIT.page(vendorOrder));
        assertThat(browser.find("label[for='tracking:extended']").getText()).isEqualTo("Box number");
        assertThat(browser.find("#tracking\\:shipments").getText())
                .contains("Box number")
                .doesNotContain("Extended field 1");
        browser.find("#tracking\\:number").sendKeys(UPS);
        browser.find("#tracking\\:extended").sendKeys("3 of 4");
        browser.find("#tracking\\:add").click();
        browser.awaitMessage("Tracking " + UPS + " added");
        assertThat(browser.find("#tracking\\:shipments").getText()).contains("3 of 4");
        assertThat(OrderLifecycleIT.get(vendor, vendorOrder)
                        .getJsonArray("shipments")
                        .getJsonObject(0)
                        .getString("extendedField1"))
                .as("the API's field keeps its name")
                .isEqualTo("3 of 4");

        browser.openAs(shop, LifecycleScreensIT.page(order));
        assertThat(browser.find("label[for='tracking:extended']").getText())
                .as("the distributor's own field keeps the default")
                .isEqualTo("Extended field 1");
        assertThat(browser.find("#tracking\\:shipments").getText())
                .as("the vendor's copy says the vendor's name for its value")
                .contains("Box number: 3 of 4");

        browser.openAs(vendor, "/admin/tracking/bulk.xhtml");
        assertThat(browser.find("#extended-field-name").getText()).isEqualTo("Box number");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void aNameOfFortyOneCharactersIsRefusedAtItsFieldAndNothingIsSaved() {
        var vendor = Network.vendor("Long Name Gems", "PROCESSING", Map.of("LN-RING", 1));
        browser.openAs(vendor, SETTINGS);
        browser.find("#settings\\:extended-name").sendKeys("Box number");
        browser.find("#settings\\:save").click();
        browser.awaitMessage("Dropshipping settings saved");

        browser.open(SETTINGS);
        browser.find("#settings\\:ack-hours").sendKeys("48");
        WebElement name = browser.find("#settings\\:extended-name");
        name.clear();
        name.sendKeys("x".repeat(41));
        browser.find("#settings\\:save").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("settings:extended-name-message"), "at most 40 characters"));
        assertThat(browser.find("#settings\\:extended-name").getAttribute("class"))
                .as("the field is marked")
                .contains("ui-state-error");
        assertThat(browser.find("#messages").getText()).doesNotContain("saved");

        assertThat(vendor.api().get("/api/v1/settings/dropshipping").isNull("acknowledgeWithinHours"))
                .as("the deadline sent with the long name was not saved either")
                .isTrue();
        browser.open(SETTINGS);
        assertThat(browser.find("#settings\\:extended-name").getAttribute("value"))
                .isEqualTo("Box number");
        assertThat(browser.find("#settings\\:ack-hours").getAttribute("value")).isEmpty();
    }

    private static long feed(Api.Account vendor) {
        var feed = vendor.api().post("/api/v1/feeds", """
                {"name":"All pieces","format":"JSON","fields":["title","category","metal","purity","currency"],
                 "filter":{},"pricing":{"base":"COST","markupPercent":50,"rounding":"NONE"}}""");
        assertThat(feed.status()).as(feed.toString()).isEqualTo(201);
        return feed.json().getJsonNumber("id").longValue();
    }

    private static int fetch(long feedId, String token) {
        return FeedFetch.get("/feeds/" + feedId, token, null).status();
    }

    private static void select(String distributorName) {
        String row = "//*[@id='grants:table']//tr[.//strong[normalize-space()='" + distributorName + "']]";
        String box = "//td[contains(@class,'ui-selection-column')]//div[contains(@class,'ui-chkbox-box')]";
        browser.waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.xpath(row + box)))
                .click();
        browser.waitFor().until(d -> "true".equals(d.findElement(By.xpath(row)).getAttribute("aria-selected")));
    }
}
